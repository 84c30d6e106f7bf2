#!/usr/bin/env bash
# Idempotently install the pgvector extension (0.8.x) for PostgreSQL 15 on Debian 12 (bookworm).
#
# Debian 12 ships no pgvector binary for PG15, so we build Debian's pgvector *source* package
# from a newer suite (trixie) against postgresql-server-dev-15. The newer suite is added as
# deb-src ONLY, so apt can never install/upgrade binary packages from it.
#
# Usage: .ci/install-pgvector.sh      (runs non-interactively; needs root or passwordless sudo)
# Env overrides: PGHOST PGPORT PGUSER PGDATABASE PG_MAJOR PGVECTOR_SUITE PGVECTOR_MIRROR
set -euo pipefail

PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
PGDATABASE="${PGDATABASE:-postgres}"
PG_MAJOR="${PG_MAJOR:-15}"
PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config"
SUITE="${PGVECTOR_SUITE:-trixie}"
MIRROR="${PGVECTOR_MIRROR:-http://deb.debian.org/debian}"
KEYRING="/usr/share/keyrings/debian-archive-keyring.gpg"
SRC_LIST="/etc/apt/sources.list.d/pgvector-${SUITE}-src.sources"
export PGHOST PGPORT PGUSER PGDATABASE
export DEBIAN_FRONTEND=noninteractive

log() { echo "[install-pgvector] $*"; }
die() { echo "[install-pgvector] ERROR: $*" >&2; exit 1; }
STEP="startup"
trap 'rc=$?; echo "[install-pgvector] ERROR: step \"${STEP}\" failed (exit ${rc}, line ${LINENO}: ${BASH_COMMAND})" >&2; exit ${rc}' ERR

if [[ ${EUID} -eq 0 ]]; then SUDO=(); elif command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n); else
  die "must run as root (or with passwordless sudo)"; fi

PSQL=(psql -X -q -At -v ON_ERROR_STOP=1 -h "${PGHOST}" -p "${PGPORT}" -U "${PGUSER}" -d "${PGDATABASE}")

# Probe: create the extension inside a transaction that is rolled back, so nothing is left behind.
# Prints the version on success; returns non-zero if the extension cannot be created.
probe_vector() {
  "${PSQL[@]}" </dev/null \
    -c 'begin' \
    -c 'create extension if not exists vector' \
    -c "select extversion from pg_extension where extname = 'vector'" \
    -c 'rollback' 2>"${PROBE_STDERR:-/dev/null}"
}

STEP="connect to PostgreSQL"
"${PSQL[@]}" -c 'select 1' >/dev/null </dev/null \
  || die "cannot connect to PostgreSQL at ${PGHOST}:${PGPORT} as ${PGUSER} (is the server running? try: pg_ctlcluster --skip-systemctl-redirect ${PG_MAJOR} main start)"

STEP="check existing pgvector"
if ver="$(probe_vector)" && [[ -n "${ver}" ]]; then
  log "pgvector ${ver} is already available for PostgreSQL ${PG_MAJOR}; nothing to do."
  exit 0
fi
log "pgvector not available; building Debian's pgvector source package from '${SUITE}'."
start_ts=$(date +%s)

[[ -x "${PG_CONFIG}" ]] || [[ -d "/usr/lib/postgresql/${PG_MAJOR}" ]] \
  || die "PostgreSQL ${PG_MAJOR} server does not seem to be installed (/usr/lib/postgresql/${PG_MAJOR} missing)"
[[ -r "${KEYRING}" ]] || die "keyring ${KEYRING} not found (install debian-archive-keyring)"

STEP="add deb-src entry for ${SUITE}"
desired_src="$(cat <<SRC
# Added by .ci/install-pgvector.sh: source packages only (no binaries are ever installed from ${SUITE}).
Types: deb-src
URIs: ${MIRROR}
Suites: ${SUITE}
Components: main
Signed-By: ${KEYRING}
SRC
)"
if [[ ! -f "${SRC_LIST}" ]] || [[ "$(cat "${SRC_LIST}")" != "${desired_src}" ]]; then
  printf '%s\n' "${desired_src}" | "${SUDO[@]}" tee "${SRC_LIST}" >/dev/null
  log "wrote ${SRC_LIST}"
fi

APT_OPTS=(-q -y -o Dpkg::Use-Pty=0 -o Acquire::Retries=3)

STEP="apt-get update"
"${SUDO[@]}" apt-get "${APT_OPTS[@]}" -qq update </dev/null \
  || die "apt-get update failed (is ${MIRROR} reachable?)"

STEP="install build dependencies"
# All of these resolve from bookworm: the ${SUITE} entry is deb-src only, so there is no binary candidate there.
# --no-upgrade: leave already-installed packages (e.g. dpkg-dev) at their current version.
"${SUDO[@]}" apt-get "${APT_OPTS[@]}" install --no-install-recommends --no-upgrade \
  "postgresql-server-dev-${PG_MAJOR}" build-essential dpkg-dev </dev/null >/dev/null \
  || die "could not install postgresql-server-dev-${PG_MAJOR} / build-essential / dpkg-dev"
[[ -x "${PG_CONFIG}" ]] || die "${PG_CONFIG} missing after installing postgresql-server-dev-${PG_MAJOR}"

workdir="$(mktemp -d /tmp/pgvector-build.XXXXXX)"
cleanup() { rm -rf "${workdir}"; }
trap cleanup EXIT
# apt downloads as the unprivileged '_apt' user: make the download dir writable for it,
# otherwise apt warns "Download is performed unsandboxed as root".
chmod 0755 "${workdir}"
if id _apt >/dev/null 2>&1; then "${SUDO[@]}" chown _apt "${workdir}"; fi

STEP="download pgvector source from ${SUITE}"
( cd "${workdir}" && "${SUDO[@]}" apt-get "${APT_OPTS[@]}" source --download-only "pgvector/${SUITE}" </dev/null >/dev/null ) \
  || die "apt-get source pgvector/${SUITE} failed"
dsc="$(ls "${workdir}"/pgvector_*.dsc 2>/dev/null | head -n1)"
[[ -n "${dsc}" ]] || die "no pgvector .dsc downloaded into ${workdir}"
log "downloaded $(basename "${dsc}")"

STEP="unpack pgvector source"
# Checksums were already verified by apt against the signed Sources index.
( cd "${workdir}" && "${SUDO[@]}" dpkg-source --no-check -x "${dsc}" src >/dev/null ) \
  || die "dpkg-source -x failed for ${dsc}"

STEP="build pgvector"
# OPTFLAGS='' (as Debian's own package does) avoids the upstream default -march=native,
# which would produce a binary tied to this CPU.
"${SUDO[@]}" make -s -C "${workdir}/src" PG_CONFIG="${PG_CONFIG}" OPTFLAGS="" -j"$(nproc)" </dev/null >/dev/null \
  || die "make failed"

STEP="install pgvector"
"${SUDO[@]}" make -s -C "${workdir}/src" PG_CONFIG="${PG_CONFIG}" OPTFLAGS="" install </dev/null >/dev/null \
  || die "make install failed"

STEP="verify pgvector"
ver="$(PROBE_STDERR=/dev/stderr probe_vector)" && [[ -n "${ver}" ]] \
  || die "pgvector was built and installed but 'create extension vector' still fails in database ${PGDATABASE}"
log "pgvector ${ver} installed for PostgreSQL ${PG_MAJOR} in $(( $(date +%s) - start_ts ))s."
