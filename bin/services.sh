# Sourced by bin/test: starts any of the machine's services the tests talk to that is down.
# The start commands are those of the machine notes; each is a no-op when the service already runs.
_sgc_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
_sgc_wait_port() {
  local i
  for i in $(seq 1 60); do _sgc_port_open "$1" && return 0; sleep 1; done
  return 1
}
_sgc_ensure() {
  local name=$1 port=$2; shift 2
  if _sgc_port_open "$port"; then return 0; fi
  echo "starting $name (port $port was closed)"
  "$@" >/dev/null 2>&1 || true
  if ! _sgc_wait_port "$port"; then
    echo "error: $name did not come up on 127.0.0.1:$port" >&2
    return 1
  fi
}
sgc_ensure_services() {
  _sgc_ensure PostgreSQL 5432 sh -c 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start' || return 1
  _sgc_ensure RabbitMQ 5672 rabbitmq-server -detached || return 1
  _sgc_ensure Mosquitto 1883 mosquitto -d -c /etc/mosquitto/mosquitto.conf || return 1
}
