#!/usr/bin/env bash
# Moves a Cloud Run service's traffic to a revision deployed with no traffic, in steps, checking it
# at each one, and puts every request back on the previous revision when a check fails.
#   deploy/rollout.sh SERVICE REGION COMMIT PREVIOUS_REVISION
# The new revision is the one tagged c-COMMIT (deploy/cloudbuild.yaml deploys it so, with
# --no-traffic). Environment: HEYSEVEN_ROLLOUT_STEPS (percentages, default "10 50 100"),
# HEYSEVEN_ROLLOUT_SOAK_SECONDS (wait after each step before checking, default 120), and
# deploy/smoke.sh's own variables. Exits 0 with all traffic on the new revision; 1 after a rollback
# (or when the new revision failed before it got any traffic); 2 for bad usage.
set -uo pipefail

if [ $# -ne 4 ]; then
  echo "usage: $0 SERVICE REGION COMMIT PREVIOUS_REVISION" >&2
  exit 2
fi
service=$1
region=$2
commit=$3
previous=$4
tag="c-$commit"
steps=${HEYSEVEN_ROLLOUT_STEPS:-10 50 100}
soak=${HEYSEVEN_ROLLOUT_SOAK_SECONDS:-120}
here=$(dirname "$0")

# the URL of the tag, and of the service: read from the service's status
describe() {
  gcloud run services describe "$service" --region "$region" --format=json
}
tag_url=$(describe | python3 -c 'import json,sys; s=json.load(sys.stdin)["status"]; print(next((t["url"] for t in s.get("traffic", []) if t.get("tag") == sys.argv[1]), ""))' "$tag") \
  || { echo "rollout: cannot read service $service in $region" >&2; exit 1; }
service_url=$(describe | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"]["url"])')
[ -n "$tag_url" ] || { echo "rollout: no revision is tagged $tag: deploy it with --no-traffic --tag $tag first" >&2; exit 1; }

rollback() {
  echo "rollout: FAILED at $1: every request goes back to $previous" >&2
  gcloud run services update-traffic "$service" --region "$region" --to-revisions="$previous=100" \
    || echo "rollout: THE ROLLBACK FAILED: move the traffic by hand (docs/runbook.md#deploy-and-roll-back)" >&2
  exit 1
}

# before any guest reaches it: the new revision alone, through its tag
"$here/smoke.sh" "$tag_url" "$commit" || { echo "rollout: the new revision failed its check; it has no traffic" >&2; exit 1; }

for percent in $steps; do
  if [ "$percent" -ge 100 ]; then
    gcloud run services update-traffic "$service" --region "$region" --to-tags="$tag=100" || rollback "moving 100%"
  else
    gcloud run services update-traffic "$service" --region "$region" --to-tags="$tag=$percent" || rollback "moving $percent%"
  fi
  echo "rollout: $percent% on $tag; checking again in ${soak}s"
  sleep "$soak"
  "$here/smoke.sh" "$tag_url" "$commit" || rollback "$percent%"
done
# all traffic on the new revision: the service's own URL must now serve it
"$here/smoke.sh" "$service_url" "$commit" || rollback "the service URL at 100%"
echo "rollout: $service serves $commit ($tag) with all its traffic"
