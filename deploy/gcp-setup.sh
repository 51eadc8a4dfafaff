#!/usr/bin/env bash
# From an empty Google Cloud project to a running Hey Seven on Cloud Run, and the pipeline that
# deploys every later commit (deploy/cloudbuild.yaml). docs/deployment.md walks through each step.
#   GEMINI_API_KEY=... deploy/gcp-setup.sh PROJECT REGION
# Needs gcloud (signed in as a project owner, and `gcloud auth application-default login` for the
# seed), a JDK >= 21, openssl and sed. Safe to run again: what exists is kept.
set -euo pipefail

if [ $# -ne 2 ] || [ -z "${GEMINI_API_KEY:-}" ]; then
  echo "usage: GEMINI_API_KEY=... $0 PROJECT REGION" >&2
  exit 2
fi
project=$1
region=$2
here=$(dirname "$0")
runtime="heyseven@$project.iam.gserviceaccount.com"
number=$(gcloud projects describe "$project" --format='value(projectNumber)')
builder="$number@cloudbuild.gserviceaccount.com"
exists() { "$@" >/dev/null 2>&1; }
say() { echo "setup: $*"; }

say "1. the services Hey Seven uses"
gcloud services enable --project "$project" run.googleapis.com artifactregistry.googleapis.com cloudbuild.googleapis.com \
  secretmanager.googleapis.com firestore.googleapis.com redis.googleapis.com compute.googleapis.com

say "2. the image repository"
exists gcloud artifacts repositories describe heyseven --project "$project" --location "$region" \
  || gcloud artifacts repositories create heyseven --project "$project" --location "$region" --repository-format=docker

say "3. the service account the server runs as: Firestore, logs, metrics, traces"
exists gcloud iam service-accounts describe "$runtime" --project "$project" \
  || gcloud iam service-accounts create heyseven --project "$project" --display-name "Hey Seven"
for role in roles/datastore.user roles/logging.logWriter roles/monitoring.metricWriter roles/cloudtrace.agent; do
  gcloud projects add-iam-policy-binding "$project" --member "serviceAccount:$runtime" --role "$role" --condition None >/dev/null
done

say "4. Firestore (native mode) and the case list's two indexes (docs/data-model.md)"
exists gcloud firestore databases describe --project "$project" --database '(default)' \
  || gcloud firestore databases create --project "$project" --location "$region" --type firestore-native
gcloud firestore indexes composite create --project "$project" --collection-group cases --async \
  --field-config field-path=casino_id,order=ascending --field-config field-path=opened_at,order=descending || true
gcloud firestore indexes composite create --project "$project" --collection-group cases --async \
  --field-config field-path=casino_id,order=ascending --field-config field-path=status,order=ascending \
  --field-config field-path=opened_at,order=descending || true

say "5. Memorystore for Redis on the default network (the service reaches it by Direct VPC egress)"
exists gcloud redis instances describe heyseven --project "$project" --region "$region" \
  || gcloud redis instances create heyseven --project "$project" --region "$region" --tier standard --size 1 \
       --network default --redis-version redis_7_2
redis_host=$(gcloud redis instances describe heyseven --project "$project" --region "$region" --format 'value(host)')

say "6. the secrets, each readable by the server alone (the smoke key by the pipeline too)"
secret() { # name value [reader...]
  local name=$1 value=$2
  shift 2
  exists gcloud secrets describe "$name" --project "$project" \
    || { gcloud secrets create "$name" --project "$project" --replication-policy automatic \
         && printf '%s' "$value" | gcloud secrets versions add "$name" --project "$project" --data-file -; }
  for reader in "$@"; do
    gcloud secrets add-iam-policy-binding "$name" --project "$project" --member "serviceAccount:$reader" \
      --role roles/secretmanager.secretAccessor >/dev/null
  done
}
api_key=$(openssl rand -hex 24)
secret heyseven-api-keys "$api_key" "$runtime"
secret heyseven-smoke-api-key "$api_key" "$builder"
secret heyseven-gemini-api-key "$GEMINI_API_KEY" "$runtime"
secret heyseven-cms-secret "$(openssl rand -hex 32)" "$runtime"
secret heyseven-page-token-secret "$(openssl rand -hex 32)" "$runtime"
secret heyseven-redis-url "redis://$redis_host:6379" "$runtime"

say "7. what the pipeline may do: deploy to Cloud Run as the server's account, push images, keep builds"
for role in roles/run.admin roles/artifactregistry.writer roles/storage.objectAdmin; do
  gcloud projects add-iam-policy-binding "$project" --member "serviceAccount:$builder" --role "$role" --condition None >/dev/null
done
gcloud iam service-accounts add-iam-policy-binding "$runtime" --project "$project" --member "serviceAccount:$builder" \
  --role roles/iam.serviceAccountUser >/dev/null
exists gcloud storage buckets describe "gs://$project-heyseven-builds" \
  || gcloud storage buckets create "gs://$project-heyseven-builds" --project "$project" --location "$region"

say "8. the first property: the property files' casinos Firestore lacks (HEYSEVEN_PROPERTIES_DIR, else the samples)"
FIRESTORE_PROJECT_ID=$project "$here/../heyseven" seed

say "9. the first revision, from the manifest, on the commit checked out here"
commit=$(git rev-parse --short HEAD)
image="$region-docker.pkg.dev/$project/heyseven/heyseven:$commit"
gcloud builds submit --project "$project" --region "$region" --tag "$image" .
sed -e "s/PROJECT/$project/g" -e "s/REGION/$region/g" -e "s/COMMIT/$commit/g" "$here/cloud-run.yaml" > /tmp/heyseven-cloud-run.yaml
gcloud run services replace /tmp/heyseven-cloud-run.yaml --project "$project" --region "$region"
url=$(gcloud run services describe heyseven --project "$project" --region "$region" --format 'value(status.url)')
HEYSEVEN_SMOKE_API_KEY=$api_key HEYSEVEN_SMOKE_TIMEOUT=180 "$here/smoke.sh" "$url" "$commit"

say "done: $url runs $commit. Next: connect the repository and add the pipeline's trigger (docs/deployment.md, step 10)."
