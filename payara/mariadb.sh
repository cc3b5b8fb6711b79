# Sourced by run-demo.sh and run-tests.sh: makes sure a MariaDB answers on 127.0.0.1:3306.
# Uses the one that is there; otherwise starts Debian's MariaDB (installing it if needed) with its data under
# target/mariadb, so a fresh machine needs nothing by hand. Never an in-memory substitute.

mariadb_answers() {
    (exec 3<>/dev/tcp/127.0.0.1/3306) 2>/dev/null
}

ensure_mariadb() {
    if mariadb_answers; then
        echo "MariaDB: using the server at 127.0.0.1:3306"
        return 0
    fi
    if [ ! -x /usr/sbin/mariadbd ]; then
        echo "MariaDB: not installed; installing Debian's mariadb-server"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
    fi
    local home="$PWD/target/mariadb"
    mkdir -p "$home"
    if [ ! -d "$home/data/mysql" ]; then
        echo "MariaDB: creating a data directory in $home/data"
        mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$home/data" \
            --auth-root-authentication-method=normal >"$home/install.log" 2>&1
    fi
    echo "MariaDB: starting a server for this project on 127.0.0.1:3306 (data in $home/data)"
    nohup /usr/sbin/mariadbd --no-defaults --user="$(id -un)" --datadir="$home/data" --port=3306 \
        --bind-address=127.0.0.1 --socket="$home/mariadb.sock" --pid-file="$home/mariadb.pid" \
        >"$home/server.log" 2>&1 &
    for _ in $(seq 1 60); do
        mariadb_answers && return 0
        sleep 1
    done
    echo "MariaDB did not start; see $home/server.log" >&2
    return 1
}
