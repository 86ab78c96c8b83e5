#!/bin/bash
# A real single-node Slurm (Debian 12: slurm-wlm 22.05 + munge) for the test of job arrays
# (tests/cli/commands/submit-slurm.test.ts). Run as root. Installs the packages with apt, writes /etc/slurm/slurm.conf
# for this host, starts munged, slurmctld and slurmd without systemd, waits until the node is idle, and prints the
# state folder as its last line. Stop the daemons with: kill $(cat "$STATE/daemon.pids").
# Measured: install ~10 s, daemons idle ~1 s, a 4-task array job done ~6 s.
set -euo pipefail
W=$(mktemp -d -t slurmtest.XXXXXX)

export DEBIAN_FRONTEND=noninteractive
if ! command -v slurmctld >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null
fi

mkdir -p "$W/state" "$W/spool" "$W/log"
H=$(hostname -s)
MEM=$(free -m | awk '/^Mem:/{print int($7*0.9)}')
mkdir -p /etc/slurm
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=local
SlurmctldHost=$H
AuthType=auth/munge
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$W/state
SlurmdSpoolDir=$W/spool
SlurmctldPidFile=$W/slurmctld.pid
SlurmdPidFile=$W/slurmd.pid
SlurmctldLogFile=$W/log/slurmctld.log
SlurmdLogFile=$W/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
NodeName=$H CPUs=$(nproc) RealMemory=$MEM State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF

# munge: the package's postinst makes /etc/munge/munge.key; make one if it is missing.
[ -s /etc/munge/munge.key ] || {
  mungekey -c -f -k /etc/munge/munge.key
  chown munge:munge /etc/munge/munge.key
  chmod 400 /etc/munge/munge.key
}
mkdir -p /run/munge
chown munge:munge /run/munge

runuser -u munge -- /usr/sbin/munged # forks; its pid in /run/munge/munged.pid
munge -n | unmunge >/dev/null

setsid /usr/sbin/slurmctld -D >"$W/log/slurmctld.out" 2>&1 </dev/null &
CTLD_PID=$!
setsid /usr/sbin/slurmd -D >"$W/log/slurmd.out" 2>&1 </dev/null &
SLURMD_PID=$!
echo "$SLURMD_PID $CTLD_PID $(cat /run/munge/munged.pid)" >"$W/daemon.pids"
cleanup() { kill "$SLURMD_PID" "$CTLD_PID" "$(cat /run/munge/munged.pid 2>/dev/null)" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 120); do
  [ "$(sinfo -h -o %T 2>/dev/null)" = idle ] && break
  sleep 0.5
done
[ "$(sinfo -h -o %T 2>/dev/null)" = idle ] || { echo "slurm did not come up; logs in $W/log" >&2; exit 1; }
sinfo >&2
trap - EXIT # leave the daemons running for the caller
echo "$W"
