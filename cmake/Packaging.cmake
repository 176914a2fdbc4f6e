# CPack: `cpack -G DEB` in a build folder makes cardscope_<version>_<arch>.deb with what
# `cmake --install` installs (bin/cardscope, bin/cardscope-cli, the .desktop entry, the
# AppStream metainfo and the icon). Run it after a build (docs/desktop.md).
set(CPACK_PACKAGE_NAME cardscope)
set(CPACK_PACKAGE_VENDOR "The CardScope developers")
set(CPACK_PACKAGE_CONTACT "The CardScope developers <cardscope@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY CardScope)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 CardScope is a desktop tool and a command-line program for people who build and
 debug with smart cards: a live tree of PC/SC readers and cards, the ATR read in
 depth (breakdown, historical bytes, checksum, problems, identification from
 smartcard_list.txt), reader attributes and an event log to the millisecond.")
# The libraries (Qt, pcsc-lite, libstdc++) come from dpkg-shlibdeps. Qt's SVG icon engine is
# a plugin, loaded at run time, which shlibdeps cannot see: listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# pcscd is the service to watch; pcsc-tools has smartcard_list.txt (ATR identification);
# Qt's own translations of the standard dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pcscd, pcsc-tools")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n")

set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
include(CPack)
