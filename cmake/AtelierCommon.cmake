# Settings every Atelier target shares, on one interface target (link it, don't repeat flags).
add_library(atelier-common INTERFACE)
target_compile_features(atelier-common INTERFACE cxx_std_17)
target_compile_options(atelier-common INTERFACE
    -Wall -Wextra -Wno-unused-parameter
    $<$<CONFIG:Debug>:-Og>)
target_compile_definitions(atelier-common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ATELIER_VERSION="${PROJECT_VERSION}")

# Modules built as Qt plugins go into bin/plugins, next to the executables that load them.
function(atelier_add_plugin target)
    add_library(${target} MODULE ${ARGN})
    set_target_properties(${target} PROPERTIES
        LIBRARY_OUTPUT_DIRECTORY "${ATELIER_PLUGIN_OUTPUT_DIRECTORY}"
        PREFIX "")
    install(TARGETS ${target} LIBRARY DESTINATION "${ATELIER_PLUGIN_INSTALL_DIR}" COMPONENT atelier)
endfunction()
