#!/usr/bin/env bash
# Starts a private PulseAudio for the audio tests: a null sink ("qspace_null") as the default
# output and its monitor as the default input, so whatever is played can be heard back with no
# sound card. Prints the environment a client needs (PULSE_SERVER, ALSA_CONFIG_PATH, ...), one
# VAR=value per line. Safe to run again: a server already answering in DIR is reused.
#
#   installer/start-pulse.sh [DIR]          start (or reuse) the server in DIR
#   installer/start-pulse.sh --stop [DIR]   stop the server started in DIR
#
# DIR defaults to $QSPACE_TEST_PULSE_DIR or /tmp/qspace-test-pulse. Everything (socket, pid,
# state, log) stays in DIR: nothing is written to the user's home, and it works as root (the
# server runs as a per-user daemon with a private runtime directory, not in --system mode).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
stop=0
if [ "${1:-}" = "--stop" ]; then stop=1; shift; fi
dir=${1:-${QSPACE_TEST_PULSE_DIR:-/tmp/qspace-test-pulse}}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
socket="$dir/native"

# The server and its clients look for their files here, never in $HOME.
export HOME="$dir" XDG_RUNTIME_DIR="$dir" XDG_CONFIG_HOME="$dir/config"
export PULSE_RUNTIME_PATH="$dir/run" PULSE_STATE_PATH="$dir/state"
export PULSE_SERVER="unix:$socket" PULSE_CLIENTCONFIG="$here/pulse-client.conf" PULSE_COOKIE="$dir/cookie"

if [ "$stop" -eq 1 ]; then
    if [ -f "$dir/run/pid" ]; then
        pid=$(cat "$dir/run/pid")
        # Only the pulseaudio this script started in DIR, named by its pid file.
        if [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "pulseaudio" ]; then
            kill "$pid"
            # Gone, or a zombie (in a container whose init does not reap it): either way done.
            for _ in $(seq 50); do
                state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || true)
                if [ -z "$state" ] || [ "$state" = Z ]; then break; fi
                sleep 0.1
            done
        fi
    fi
    exit 0
fi

command -v pulseaudio >/dev/null || {
    echo "PulseAudio is not installed (installer/apt-packages.txt: pulseaudio, pulseaudio-utils)" >&2
    exit 1
}

if ! pactl info >/dev/null 2>&1; then
    rm -f "$socket"
    # -n: no default.pa, only the modules named here. The monitor of a null sink renders in
    # blocks of up to 2 s while nobody asks for low latency, so a new recording would wait that
    # long for its first frame; a loopback from the monitor into a second, silent null sink
    # keeps the sink rendering in 20 ms blocks and the first frame comes in tens of ms.
    pulseaudio -n --daemonize=yes --exit-idle-time=-1 --use-pid-file=yes \
        --disallow-exit=yes --log-target="file:$dir/pulse.log" \
        -L "module-native-protocol-unix socket=$socket auth-anonymous=1" \
        -L "module-null-sink sink_name=qspace_null rate=48000 channels=2" \
        -L "module-null-sink sink_name=qspace_drain rate=48000 channels=2" \
        -L "module-loopback source=qspace_null.monitor sink=qspace_drain latency_msec=20 source_dont_move=true sink_dont_move=true" \
        2>>"$dir/pulse.log"
    for _ in $(seq 100); do pactl info >/dev/null 2>&1 && break; sleep 0.05; done
    pactl info >/dev/null 2>&1 || {
        echo "PulseAudio did not start; see $dir/pulse.log" >&2
        exit 1
    }
    # A suspend and resume restarts the sink's clock, so its next block already uses the
    # loopback's short latency instead of the 2 s block it scheduled when it was created.
    pactl suspend-sink qspace_null 1
    pactl suspend-sink qspace_null 0
fi
pactl set-default-sink qspace_null
pactl set-default-source qspace_null.monitor

echo "PULSE_SERVER=unix:$socket"
echo "PULSE_CLIENTCONFIG=$here/pulse-client.conf"
echo "PULSE_COOKIE=$dir/cookie"
echo "PULSE_RUNTIME_PATH=$dir/run"
echo "ALSA_CONFIG_PATH=$here/asound.conf"
echo "JACK_NO_START_SERVER=1"
