# tests/e2e.cmake - end-to-end tests of the CLI (STUB)
