#!/usr/bin/env bash
# Shows that the Maven enforcer's module rules bite: each fixture under build-checks/ binds the same
# enforcer execution as the module it imitates and adds a dependency that module must never have;
# validation must fail with that rule's message. Runs offline after the reactor build, from the
# repository root. (ArchUnit's rules are shown to bite by app's ArchitectureRulesBiteTest.)
set -uo pipefail
cd "$(dirname "$0")/.."

expect_refusal() { # fixture, message the rule must print
  local log; log=$(mktemp)
  if ./mvnw -B -ntp -o -q -f "build-checks/$1/pom.xml" validate >"$log" 2>&1; then
    echo "rules-bite: FAILED: the enforcer accepted build-checks/$1" >&2; cat "$log" >&2; return 1
  fi
  if ! grep -q "$2" "$log"; then
    echo "rules-bite: FAILED: build-checks/$1 failed, but not with '$2':" >&2; cat "$log" >&2; return 1
  fi
  rm -f "$log"
  echo "rules-bite: the enforcer refused build-checks/$1, as it must"
}

expect_refusal core-violation "core depends on ports and slf4j-api only" &&
expect_refusal ports-violation "ports depends on the JDK only"
