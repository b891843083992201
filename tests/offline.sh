#!/usr/bin/env bash
# Run a command with the network unreachable: in a fresh network namespace where only loopback
# (which Jupyter kernels talk over) is up. `make test` runs the test suite through this, so the
# strict nbval comparison with the committed outputs also proves that no notebook downloads.
# Needs root (CI) or unprivileged user namespaces; elsewhere it says so and runs the command as is.
set -euo pipefail

if [[ "${COURSE_OFFLINE_INSIDE:-}" == 1 ]]; then
  "$IP" link set lo up
  links=$("$IP" -o link show | wc -l)
  if ((links != 1)); then
    echo "offline.sh: expected only loopback in the namespace, found $links links" >&2
    exit 1
  fi
  echo "offline.sh: network namespace with loopback only: nothing outside this machine is reachable"
  exec "$@"
fi

IP=$(command -v ip || echo /usr/sbin/ip)
if [[ -x "$IP" ]] && unshare --net true 2>/dev/null; then
  namespace=(unshare --net)
elif [[ -x "$IP" ]] && unshare --map-root-user --net true 2>/dev/null; then
  namespace=(unshare --map-root-user --net)
else
  echo "offline.sh: cannot make a network namespace here (needs unshare, ip, and root or user" \
    "namespaces): running with the network as it is"
  exec "$@"
fi
COURSE_OFFLINE_INSIDE=1 IP="$IP" exec "${namespace[@]}" "$0" "$@"
