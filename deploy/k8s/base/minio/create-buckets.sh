#!/bin/sh
# One bucket per service that keeps files, and one MinIO user per service that may use only its own bucket.
set -eu
mc alias set local "${MINIO_URL:-http://minio:9000}" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD"
for service in intake investigation; do
    bucket="${service}-files"
    case "$service" in
        intake) secret="$INTAKE_FILES_SECRET_KEY" ;;
        investigation) secret="$INVESTIGATION_FILES_SECRET_KEY" ;;
    esac
    mc mb --ignore-existing "local/${bucket}"
    # Files are sealed before they arrive; nothing in a bucket is public.
    mc anonymous set none "local/${bucket}"
    cat > "/tmp/${bucket}.json" <<POLICY
{"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload",
                                 "s3:ListMultipartUploadParts"], "Resource": ["arn:aws:s3:::${bucket}/*"]},
  {"Effect": "Allow", "Action": ["s3:ListBucket", "s3:ListBucketMultipartUploads"], "Resource": ["arn:aws:s3:::${bucket}"]}]}
POLICY
    mc admin policy create local "${bucket}" "/tmp/${bucket}.json"
    mc admin user add local "${bucket}" "$secret"
    # Attaching again on a re-run reports the policy as attached already.
    mc admin policy attach local "${bucket}" --user "${bucket}" || true
done
