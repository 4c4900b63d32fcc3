# Layering the build enforces (cmake/layers.txt). Each layer compiles against an include tree of its own,
# made here in the build directory: the public headers (include/trellis/<layer>/) of the layers it may use and
# its own, plus its own private headers (src/<layer>/). An #include of any other layer's header fails to
# compile with "No such file or directory".

file(STRINGS ${CMAKE_SOURCE_DIR}/cmake/layers.txt layer_lines REGEX "^[a-z_]+:")
set(TRELLIS_LAYER_NAMES)
foreach(line IN LISTS layer_lines)
  string(REGEX MATCH "^([a-z_]+):(.*)$" _ "${line}")
  set(layer ${CMAKE_MATCH_1})
  string(STRIP "${CMAKE_MATCH_2}" deps)
  separate_arguments(deps)
  list(APPEND TRELLIS_LAYER_NAMES ${layer})
  # What it uses directly plus what those may use (the list is ordered lowest first, so theirs is complete).
  set(visible ${layer})
  foreach(dep IN LISTS deps)
    list(APPEND visible ${TRELLIS_LAYER_VISIBLE_${dep}})
  endforeach()
  list(REMOVE_DUPLICATES visible)
  set(TRELLIS_LAYER_VISIBLE_${layer} ${visible})
endforeach()

# trellis_layer_include_dir(<layer> <out-var>): the layer's include tree, made once per configure.
function(trellis_layer_include_dir layer out)
  set(root ${CMAKE_BINARY_DIR}/layer-include/${layer})
  file(REMOVE_RECURSE ${root})
  file(MAKE_DIRECTORY ${root}/trellis)
  foreach(dep IN LISTS TRELLIS_LAYER_VISIBLE_${layer})
    if(EXISTS ${CMAKE_SOURCE_DIR}/include/trellis/${dep})
      file(CREATE_LINK ${CMAKE_SOURCE_DIR}/include/trellis/${dep} ${root}/trellis/${dep} SYMBOLIC)
    endif()
  endforeach()
  file(CREATE_LINK ${CMAKE_SOURCE_DIR}/src/${layer} ${root}/${layer} SYMBOLIC)
  set(${out} ${root} PARENT_SCOPE)
endfunction()
