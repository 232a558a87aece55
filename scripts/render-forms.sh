#!/bin/sh
# Render every form to PNG into renders/ (git-ignored). See scripts/render-forms.ts.
set -e
cd "$(dirname "$0")/.."
exec npx tsx scripts/render-forms.ts "$@"
