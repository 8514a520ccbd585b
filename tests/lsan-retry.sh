#!/usr/bin/env bash
# Runs a test of the sanitizer build, and runs it once more only when
# LeakSanitizer itself crashed at exit ("Tracer caught signal 11"): its
# stop-the-world tracer now and then faults on a thread it suspends, a
# known fault of the runtime that no test can cause or prevent
# (https://github.com/google/sanitizers/issues/1353). A leak report, a
# sanitizer error, a failed assertion or a second tracer crash still fails.
set -u

stderr_log=$(mktemp)
stdout_log=$(mktemp)
trap 'rm -f "$stderr_log" "$stdout_log"' EXIT

tracer_crashed() {
  grep -q '^Tracer caught signal' "$stderr_log" &&
    grep -q 'LeakSanitizer has encountered a fatal error' "$stderr_log" &&
    ! grep -q 'ERROR: LeakSanitizer: detected memory leaks' "$stderr_log"
}

"$@" >"$stdout_log" 2> >(tee "$stderr_log" >&2)
status=$?
wait
if [ "$status" -ne 0 ] && tracer_crashed; then
  echo "lsan-retry: LeakSanitizer's tracer crashed after the test; running it once more" >&2
  exec "$@"
fi
cat "$stdout_log"
exit "$status"
