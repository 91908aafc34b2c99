# Everything CPack: DEB, TGZ and RPM on Linux (built and tested here), WiX/NSIS on Windows and
# DragNDrop on macOS (configured for a builder of that platform, NOT built or tested here).
# scripts/package.sh builds the Linux packages; tests/packaging checks the DEB end to end.
set(PM_LINUX_DIR ${CMAKE_CURRENT_LIST_DIR}/linux)
set(PM_APP_ID io.github.productmanager.ProductManager)
# The PNG sizes of the hicolor theme we ship next to the scalable SVG.
set(PM_ICON_SIZES 16 24 32 48 64 128 256)

set(CPACK_PACKAGE_NAME productmanager)
set(CPACK_PACKAGE_VENDOR "The Product Manager developers")
set(CPACK_PACKAGE_CONTACT "The Product Manager developers <maintainers@users.noreply.example>")

if(UNIX AND NOT APPLE)
    install(FILES ${PM_LINUX_DIR}/${PM_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PM_LINUX_DIR}/${PM_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PM_LINUX_DIR}/icons/productmanager.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

    # PNG icons are rendered from the SVG at build time with Qt's SVG renderer (ImageMagick may
    # lack an SVG delegate), so they never drift from the SVG and need not be committed.
    find_package(Qt6 REQUIRED COMPONENTS Gui Svg)
    qt_add_executable(pm_iconrender ${CMAKE_CURRENT_LIST_DIR}/iconrender/main.cpp)
    target_link_libraries(pm_iconrender PRIVATE Qt6::Gui Qt6::Svg)
    pm_set_compile_options(pm_iconrender)
    set(pm_icon_dir ${CMAKE_BINARY_DIR}/packaging/icons)
    set(pm_icon_outputs)
    foreach(size ${PM_ICON_SIZES})
        list(APPEND pm_icon_outputs ${pm_icon_dir}/${size}x${size}/apps/productmanager.png)
    endforeach()
    add_custom_command(OUTPUT ${pm_icon_outputs}
        COMMAND pm_iconrender ${PM_LINUX_DIR}/icons/productmanager.svg ${pm_icon_dir}
            ${PM_ICON_SIZES}
        DEPENDS pm_iconrender ${PM_LINUX_DIR}/icons/productmanager.svg
        COMMENT "Rendering the hicolor PNG icons")

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
    add_custom_target(pm_packaging_files ALL DEPENDS ${pm_gz_outputs} ${pm_icon_outputs})
    foreach(size ${PM_ICON_SIZES})
        install(FILES ${pm_icon_dir}/${size}x${size}/apps/productmanager.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    install(FILES ${pm_gz_dir}/productmanager.1.gz ${pm_gz_dir}/productmanager-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # Debian policy wants the package name here; CMAKE_INSTALL_DOCDIR would use PROJECT_NAME.
    install(FILES ${pm_gz_dir}/changelog.gz ${PM_LINUX_DIR}/copyright
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${CPACK_PACKAGE_NAME})
endif()

if(WIN32)
    # A version resource for each executable, so Explorer's Details tab shows our version.
    foreach(target productmanager productmanager-cli)
        set(PM_RC_NAME ${target})
        if(target STREQUAL productmanager)
            set(PM_RC_DESCRIPTION "Product Manager")
        else()
            set(PM_RC_DESCRIPTION "Product Manager command line")
        endif()
        configure_file(${CMAKE_CURRENT_LIST_DIR}/windows/productmanager.rc.in
            ${CMAKE_BINARY_DIR}/packaging/${target}.rc @ONLY)
        target_sources(${target} PRIVATE ${CMAKE_BINARY_DIR}/packaging/${target}.rc)
    endforeach()
endif()

if(APPLE)
    # Values for CMake's default MacOSXBundleInfo.plist template.
    set_target_properties(productmanager PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME "Product Manager"
        MACOSX_BUNDLE_GUI_IDENTIFIER ${PM_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_LONG_VERSION_STRING "Product Manager ${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 ${CPACK_PACKAGE_VENDOR}. MIT License."
        MACOSX_BUNDLE_INFO_STRING "Product Manager ${PROJECT_VERSION}")
endif()

if(WIN32 OR APPLE)
    # Linux uses the system Qt; Windows and macOS installers must carry Qt (windeployqt /
    # macdeployqt via Qt's deploy script; Qt 6.4 takes FILENAME_VARIABLE).
    qt_generate_deploy_app_script(TARGET productmanager
        FILENAME_VARIABLE pm_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${pm_deploy_script})
endif()

set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "product catalogue with a low-level cache you can see")
set(CPACK_PACKAGE_DESCRIPTION "Product Manager lists, adds, edits and deletes the products of a
shop's catalogue, stored in an embedded SQLite file or a shared PostgreSQL
database. The list loads through a low-level cache, in memory or in Redis,
that every write invalidates. A debug panel shows each cache call with hits,
misses and timing, the SQL each action ran, and a cache inspector.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Product Manager")
set(CPACK_PACKAGE_EXECUTABLES productmanager "Product Manager")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_PROCESSOR}")

if(WIN32)
    set(CPACK_GENERATOR "WIX;NSIS;ZIP")
    # Never change: Windows Installer uses it to upgrade earlier versions in place.
    set(CPACK_WIX_UPGRADE_GUID "5B0E2C51-8A53-4C8E-9D1F-6A2E3B7C4D10")
    set(CPACK_WIX_PRODUCT_GUID "*")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Product Manager")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_DISPLAY_NAME "Product Manager ${PROJECT_VERSION}")
    set(CPACK_NSIS_PACKAGE_NAME "Product Manager")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\productmanager.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Product Manager")
    set(CPACK_DMG_FORMAT UDZO)
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    find_program(PM_RPMBUILD rpmbuild)
    if(PM_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
endif()

# Debian
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# SQL drivers are plugins loaded at run time, and OpenSSL (rediss://) is loaded by name when a
# TLS connection first needs it: shlibdeps sees neither.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libssl3")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "redis-server")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

# RPM
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
# libssl.so.3 is opened by name at run time (rediss://): AUTOREQ cannot see it.
set(CPACK_RPM_PACKAGE_REQUIRES "libssl.so.3()(64bit)")
# The RPM must not claim directories every system already owns.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps
    /usr/share/man /usr/share/man/man1 /usr/share/doc)
foreach(size ${PM_ICON_SIZES})
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

include(CPack)
