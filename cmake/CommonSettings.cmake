# One INTERFACE target carries every compiler setting the project shares, so targets
# opt in with a single target_link_libraries() and nothing leaks through global flags.
add_library(b24_common INTERFACE)
target_compile_features(b24_common INTERFACE cxx_std_20)
target_compile_definitions(b24_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  B24_VERSION="${PROJECT_VERSION}"
  $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)
target_compile_options(b24_common INTERFACE
  -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor -Wcast-align -Wunused
  $<$<BOOL:${B24_WARNINGS_AS_ERRORS}>:-Werror>)
if(B24_ASAN)
  target_compile_options(b24_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(b24_common INTERFACE -fsanitize=address,undefined)
endif()
