# Warnings for every target of the project; CI turns them into errors.
option(CARDSCOPE_WERROR "Treat compiler warnings as errors" OFF)
add_compile_options(-Wall -Wextra -Wpedantic)
if(CARDSCOPE_WERROR)
    add_compile_options(-Werror)
endif()

# Sanitizer builds: -DCARDSCOPE_SANITIZE=address (ASan + UBSan) or thread (TSan).
set(CARDSCOPE_SANITIZE "" CACHE STRING "Sanitizer build: empty, 'address' (ASan+UBSan) or 'thread' (TSan)")
set_property(CACHE CARDSCOPE_SANITIZE PROPERTY STRINGS "" address thread)
if(CARDSCOPE_SANITIZE STREQUAL "address")
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
elseif(CARDSCOPE_SANITIZE STREQUAL "thread")
    add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
    add_link_options(-fsanitize=thread)
elseif(NOT CARDSCOPE_SANITIZE STREQUAL "")
    message(FATAL_ERROR "CARDSCOPE_SANITIZE must be empty, 'address' or 'thread', not '${CARDSCOPE_SANITIZE}'")
endif()
