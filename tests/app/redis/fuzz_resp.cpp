// libFuzzer target for the RESP reply path: arbitrary bytes from a "server" go through
// RespGuard and, when it accepts them, into hiredis's reader, exactly as RedisConnection and
// RedisSubscriber do. Nothing may crash, leak, hang or allocate what a header merely declares
// (-rss_limit_mb in scripts/fuzz.sh catches that). The first input byte picks the command whose
// limits apply and how the rest is split into reads.
#include "redis/respguard.h"

#include <hiredis/hiredis.h>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QList<QList<QByteArray>> commands{
            {"GET", "k"},   {"MGET", "a", "b", "c"}, {"SCAN", "0"}, {"PING"},
            {"AUTH", "pw"}, {"EVALSHA", "sha"},      {"XINFO"},     {"SET", "k", "v"}};
    const uint8_t selector = data[0];
    const auto *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);

    pm::RespGuard guard;
    const bool subscriber = (selector & 0x80) != 0;
    if (subscriber) {
        guard.setFallback(pm::RespLimits::subscriber());
    } else {
        const auto &command = commands.at(selector % commands.size());
        const qint64 cap = (selector & 0x40) ? 4096 : -1;
        for (int i = 0; i < 4; ++i) // a pipeline of four
            guard.expect(pm::RespLimits::forCommand(command, cap));
    }
    redisReader *reader = redisReaderCreate();
    reader->maxbuf = 0; // as RedisConnection sets it
    const qsizetype chunk = 1 + (selector >> 3 & 0x7) * 5;
    bool failed = false;
    for (qsizetype at = 0; at < length && !failed; at += chunk) {
        const qsizetype n = std::min(chunk, length - at);
        if (!guard.feed(bytes + at, n).ok())
            break; // refused: the connection would be dropped here
        if (redisReaderFeed(reader, bytes + at, size_t(n)) != REDIS_OK)
            std::abort(); // only fails on OOM
        for (;;) {
            void *reply = nullptr;
            if (redisReaderGetReply(reader, &reply) != REDIS_OK) {
                // The guard let through something hiredis refuses: they disagree on RESP.
                std::abort();
            }
            if (!reply)
                break;
            freeReplyObject(reply);
        }
    }
    redisReaderFree(reader);
    return 0;
}
