#pragma once

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <QString>

namespace pm {

// Every OpenSSL function RedisSocket calls. The macros of OpenSSL's headers that stand for
// them (SSL_set_mode → SSL_ctrl, sk_GENERAL_NAME_num → OPENSSL_sk_num…) are written out at
// the call sites, so that nothing in the program refers to libssl or libcrypto directly.
#define PM_OPENSSL_FUNCTIONS(X) \
    X(ASN1_STRING_get0_data) \
    X(ASN1_STRING_length) \
    X(BIO_clear_flags) \
    X(BIO_get_data) \
    X(BIO_get_new_index) \
    X(BIO_meth_new) \
    X(BIO_meth_set_create) \
    X(BIO_meth_set_ctrl) \
    X(BIO_meth_set_read) \
    X(BIO_meth_set_write) \
    X(BIO_new) \
    X(BIO_set_data) \
    X(BIO_set_flags) \
    X(BIO_set_init) \
    X(ERR_clear_error) \
    X(ERR_peek_last_error) \
    X(ERR_reason_error_string) \
    X(GENERAL_NAMES_free) \
    X(OPENSSL_sk_num) \
    X(OPENSSL_sk_value) \
    X(SSL_CIPHER_get_name) \
    X(SSL_CTX_check_private_key) \
    X(SSL_CTX_ctrl) \
    X(SSL_CTX_free) \
    X(SSL_CTX_load_verify_locations) \
    X(SSL_CTX_new) \
    X(SSL_CTX_set_client_cert_cb) \
    X(SSL_CTX_set_default_passwd_cb) \
    X(SSL_CTX_set_default_verify_paths) \
    X(SSL_CTX_set_verify) \
    X(SSL_CTX_use_PrivateKey_file) \
    X(SSL_CTX_use_certificate_chain_file) \
    X(SSL_connect) \
    X(SSL_ctrl) \
    X(SSL_free) \
    X(SSL_get0_param) \
    X(SSL_get_current_cipher) \
    X(SSL_get_error) \
    X(SSL_get_ex_data) \
    X(SSL_get_ex_data_X509_STORE_CTX_idx) \
    X(SSL_get_verify_mode) \
    X(SSL_get_verify_result) \
    X(SSL_get_version) \
    X(SSL_new) \
    X(SSL_peek) \
    X(SSL_pending) \
    X(SSL_read) \
    X(SSL_set_bio) \
    X(SSL_set_ex_data) \
    X(SSL_write) \
    X(TLS_client_method) \
    X(X509_NAME_get_text_by_NID) \
    X(X509_STORE_CTX_get_current_cert) \
    X(X509_STORE_CTX_get_error_depth) \
    X(X509_STORE_CTX_get_ex_data) \
    X(X509_VERIFY_PARAM_set1_host) \
    X(X509_VERIFY_PARAM_set1_ip_asc) \
    X(X509_VERIFY_PARAM_set_hostflags) \
    X(X509_get_ext_d2i) \
    X(X509_get_subject_name) \
    X(X509_verify_cert_error_string)

/// OpenSSL, loaded (dlopen of libssl.so.3, which brings libcrypto.so.3) the first time a
/// rediss:// connection needs it. A program that never speaks TLS never maps either library:
/// they cost every start ~3–5 ms of loading and relocation (bench/FINDINGS.md, cold start).
struct OpenSslLibrary
{
#define PM_OPENSSL_POINTER(name) decltype(&::name) name = nullptr;
    PM_OPENSSL_FUNCTIONS(PM_OPENSSL_POINTER)
#undef PM_OPENSSL_POINTER

    /// Loads the library once (thread-safe); nullptr and `error` (what is missing) if it
    /// cannot be loaded. Later calls answer the first one's result.
    static const OpenSslLibrary *load(QString *error);
    /// The library load() loaded. Only valid after a successful load().
    static const OpenSslLibrary &loaded();
};

} // namespace pm
