# ctest: the catalogues are complete and up to date. lupdate reads app/ and widgets/ into a
# copy of each .ts (the committed files are not touched); then no entry may be unfinished
# (a new or changed tr() string not translated yet) or vanished/obsolete (a string gone from
# the sources but still in the file). The fix is the workflow of docs/desktop.md:
# build update_translations, translate, commit the .ts.
# -DLUPDATE=... -DSOURCES_LIST=<file with one source per line> -DTS_FILES=a.ts;b.ts -DWORK_DIR=...
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" -locations none "@${SOURCES_LIST}" -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${out}${err}")
    endif()
    file(STRINGS "${copy}" lines)
    set(context "")
    set(source "")
    foreach(line IN LISTS lines)
        if(line MATCHES "<name>(.*)</name>")
            set(context "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<source>(.*)</source>")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<source>(.*)")
            set(source "${CMAKE_MATCH_1}...")
        endif()
        if(line MATCHES "type=\"(unfinished|vanished|obsolete)\"")
            string(APPEND failed "  ${name}: ${CMAKE_MATCH_1}: ${context}: \"${source}\"\n")
        endif()
    endforeach()
endforeach()
if(failed)
    message(FATAL_ERROR "Catalogues not complete (docs/desktop.md, Translations):\n${failed}")
endif()
message(STATUS "Catalogues complete: ${TS_FILES}")
