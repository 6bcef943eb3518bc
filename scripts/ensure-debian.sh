#!/usr/bin/env bash
# Installs Debian packages the tests need when they are missing: `ensure-debian.sh chromium postgresql ...`.
set -euo pipefail
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "› Installing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Packages that ship a daemon Debian starts on install (Prometheus binds :9090 and writes to
# /var/lib/prometheus): the tests start their own in temporary folders, so the system service is
# stopped and disabled. In a container without systemd, policy-rc.d usually kept it from starting.
for svc in prometheus; do
  [[ " ${missing[*]} " == *" $svc "* ]] || continue
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then
    $SUDO systemctl disable --now "$svc" >/dev/null 2>&1 || true
  else
    $SUDO service "$svc" stop >/dev/null 2>&1 || true
    command -v update-rc.d >/dev/null && { $SUDO update-rc.d "$svc" disable >/dev/null 2>&1 || true; }
  fi
done
