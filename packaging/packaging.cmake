# Everything CPack: DEB, TGZ and RPM from one place. `cpack --config build/…/CPackConfig.cmake`.
set(PM_LINUX_DIR ${CMAKE_CURRENT_LIST_DIR}/linux)
set(PM_APP_ID io.github.productmanager.ProductManager)

if(UNIX AND NOT APPLE)
    install(FILES ${PM_LINUX_DIR}/${PM_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PM_LINUX_DIR}/${PM_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PM_LINUX_DIR}/icons/productmanager.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

    # Man pages and the Debian changelog are installed gzip -9n compressed (lintian wants
    # reproducible compression without timestamps).
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    set(pm_gz_dir ${CMAKE_BINARY_DIR}/packaging)
    file(MAKE_DIRECTORY ${pm_gz_dir})
    set(pm_gz_outputs)
    foreach(src productmanager.1 productmanager-cli.1 changelog)
        add_custom_command(OUTPUT ${pm_gz_dir}/${src}.gz
            COMMAND ${GZIP_EXECUTABLE} -9n -c ${PM_LINUX_DIR}/${src} > ${pm_gz_dir}/${src}.gz
            DEPENDS ${PM_LINUX_DIR}/${src}
            COMMENT "Compressing ${src}")
        list(APPEND pm_gz_outputs ${pm_gz_dir}/${src}.gz)
    endforeach()
    add_custom_target(pm_packaging_files ALL DEPENDS ${pm_gz_outputs})
    install(FILES ${pm_gz_dir}/productmanager.1.gz ${pm_gz_dir}/productmanager-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${pm_gz_dir}/changelog.gz ${PM_LINUX_DIR}/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

set(CPACK_PACKAGE_NAME productmanager)
set(CPACK_PACKAGE_VENDOR "The Product Manager developers")
set(CPACK_PACKAGE_CONTACT "The Product Manager developers <maintainers@users.noreply.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "product catalogue with a low-level cache you can see")
set(CPACK_PACKAGE_DESCRIPTION "Product Manager lists, adds, edits and deletes the products of a
shop's catalogue, stored in an embedded SQLite file or a shared PostgreSQL
database. The list loads through a low-level cache, in memory or in Redis,
that every write invalidates. A debug panel shows each cache call with hits,
misses and timing, the SQL each action ran, and a cache inspector.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB;TGZ")
find_program(PM_RPMBUILD rpmbuild)
if(PM_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
endif()
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_PROCESSOR}")

# Debian
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# SQL drivers are plugins loaded at run time: shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "redis-server")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

# RPM
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_AUTOREQ ON)

include(CPack)
