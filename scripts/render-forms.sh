#!/bin/sh
# Render every form as it prints: docs/forms/<form>.png (zh-CN, first page, 100 dpi; the README's gallery),
# or with --lang all / --paper A3, every page into renders/ (git-ignored). See scripts/render-forms.ts.
set -e
cd "$(dirname "$0")/.."
exec npx tsx scripts/render-forms.ts "$@"
