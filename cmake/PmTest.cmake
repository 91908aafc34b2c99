# pm_add_test(<name> SOURCES <files...> [LIBS <targets...>] [GUI] [MOUNTS] [KEYRING]
#             [LABELS <labels...>]
#             [FIXTURES <fixtures...>] [TIMEOUT <seconds>])
#
# One Qt Test executable per unit under test, registered with CTest. LIBS names the room library
# under test and the fixtures of tests/support it uses (pm_test_support, pm_test_pg,
# pm_test_catalogue), nothing more (docs/architecture.md, "Rooms"). GUI tests run on the
# offscreen platform so that they need no display. MOUNTS: the test mounts tmpfs file systems;
# it runs in a private mount namespace (as a user without root, in a user namespace too).
# KEYRING: the test runs with a private, unlocked Secret Service (tests/support/withkeyring.sh).
function(pm_add_test name)
    cmake_parse_arguments(T "GUI;MOUNTS;KEYRING" "TIMEOUT" "SOURCES;LIBS;LABELS;FIXTURES;ENVIRONMENT" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    pm_set_compile_options(${name})
    if(T_MOUNTS)
        add_test(NAME ${name}
            COMMAND sh ${PROJECT_SOURCE_DIR}/tests/support/withmounts.sh $<TARGET_FILE:${name}>)
        set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE 77)
    elseif(T_KEYRING)
        add_test(NAME ${name}
            COMMAND sh ${PROJECT_SOURCE_DIR}/tests/support/withkeyring.sh $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(env "QT_LOGGING_RULES=pm.*.debug=false" "PM_TEST_BINARY_DIR=${CMAKE_BINARY_DIR}"
            "PM_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "XDG_RUNTIME_DIR=${CMAKE_BINARY_DIR}/xdg-runtime")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        list(APPEND T_LABELS gui)
    endif()
    list(APPEND env ${T_ENVIRONMENT})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}"
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT})
    if(T_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${T_FIXTURES}")
    endif()
endfunction()

file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/xdg-runtime)
file(CHMOD ${CMAKE_BINARY_DIR}/xdg-runtime DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
