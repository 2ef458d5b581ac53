# Private mail servers for the email tests; sourced by scripts/services.sh (needs its _svc_* helpers).
#
#   dovecot  IMAP for reading, LMTP for delivery into the mailboxes, SASL auth for postfix
#   postfix  SMTP on loopback; every recipient domain is delivered to dovecot over LMTP,
#            so nothing a test sends can leave the machine
#
# Mailboxes: any address at any domain is a mailbox (created on first delivery or login) and every
# one logs in over IMAP and SMTP AUTH with user = the full address, password = $EXCEED_TEST_MAIL_PASSWORD.
# TLS: a throwaway self-signed certificate for 127.0.0.1 serves IMAPS (TLS on connect) and postfix's STARTTLS;
# its SHA-256 fingerprint is exported so tests can trust exactly it.
# Both run as root-started daemons with their own config under $dir/mail-*, never the system's.
#
# Knobs: EXCEED_IMAP_PORT_BASE (57143), EXCEED_SMTP_PORT_BASE (57025).

: "${EXCEED_IMAP_PORT_BASE:=57143}"
: "${EXCEED_SMTP_PORT_BASE:=57025}"
EXCEED_TEST_MAIL_PASSWORD=exceed-mail

_svc_write_dovecot_conf() { # dir imap lmtp auth imaps
  local d=$1/mail-dovecot
  cat >"$d/dovecot.conf" <<EOF
# Written by scripts/mail-services.sh for one test run.
base_dir = $d/run
state_dir = $d/state
instance_name = exceed-$2
protocols = imap lmtp
listen = 127.0.0.1
log_path = $d/dovecot.log
ssl = yes
ssl_cert = <$1/mail-tls/cert.pem
ssl_key = <$1/mail-tls/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:$1/mail-store/%d/%n
mail_uid = mail
mail_gid = mail
first_valid_uid = $(id -u mail)
first_valid_gid = $(id -g mail)
default_internal_user = dovecot
default_login_user = dovenull
passdb {
  driver = static
  args = password=$EXCEED_TEST_MAIL_PASSWORD
}
userdb {
  driver = static
  args = home=$1/mail-store/%d/%n allow_all_users=yes
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $2
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $5
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = $3
  }
}
service auth {
  inet_listener sasl {
    address = 127.0.0.1
    port = $4
  }
}
EOF
}

_svc_write_postfix_conf() { # dir smtp lmtp auth
  local p=$1/mail-postfix
  cat >"$p/conf/main.cf" <<EOF
# Written by scripts/mail-services.sh for one test run.
compatibility_level = 3.6
queue_directory = $p/queue
data_directory = $p/data
mail_owner = postfix
setgid_group = postdrop
maillog_file_prefixes = $p
maillog_file = $p/postfix.log
myhostname = mail.exceed.test
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
alias_maps =
alias_database =
local_recipient_maps =
virtual_mailbox_domains = static:all
virtual_transport = lmtp:inet:127.0.0.1:$3
smtpd_reject_unlisted_recipient = no
default_transport = error:test mail never leaves this machine
relay_transport = error:test mail never leaves this machine
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.0.1:$4
smtpd_tls_security_level = may
smtpd_tls_cert_file = $1/mail-tls/cert.pem
smtpd_tls_key_file = $1/mail-tls/key.pem
smtpd_tls_auth_only = no
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
smtputf8_enable = yes
smtpd_error_sleep_time = 0s
EOF
  # The usual services, none chrooted (the queue dir has no chroot copy of /etc).
  cat >"$p/conf/master.cf" <<EOF
127.0.0.1:$2 inet n - n - - smtpd
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n - 0 cleanup
qmgr      unix  n - n 300 1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n - - trivial-rewrite
bounce    unix  - - n - 0 bounce
defer     unix  - - n - 0 bounce
trace     unix  - - n - 0 bounce
verify    unix  - - n - 1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n - - proxymap
proxywrite unix - - n - 1 proxymap
smtp      unix  - - n - - smtp
relay     unix  - - n - - smtp
showq     unix  n - n - - showq
error     unix  - - n - - error
retry     unix  - - n - - error
discard   unix  - - n - - discard
lmtp      unix  - - n - - lmtp
anvil     unix  - - n - 1 anvil
scache    unix  - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
EOF
}

# $1 = services dir. Writes $1/mail-*, $1/imap.port, $1/smtp.port.
_svc_start_mail() {
  local dir=$1 imap lmtp auth imaps smtp attempt
  unset EXCEED_IMAP_PORT EXCEED_IMAPS_PORT EXCEED_SMTP_PORT
  if [[ $(id -u) -ne 0 ]]; then
    # PostgreSQL and Redis still start; the email tests then fail saying EXCEED_TEST_IMAP is not set.
    _svc_log "WARNING: not root: no mail servers (dovecot and postfix switch to the mail, dovecot and postfix users)"
    return 0
  fi
  mkdir -p "$dir/mail-dovecot/run" "$dir/mail-dovecot/state" "$dir/mail-store" \
    "$dir/mail-postfix/conf" "$dir/mail-postfix/queue" "$dir/mail-postfix/data"
  chown root: "$dir/mail-dovecot" "$dir/mail-postfix" "$dir/mail-postfix/queue"
  chown mail:mail "$dir/mail-store"
  chmod 700 "$dir/mail-store"
  chown postfix: "$dir/mail-postfix/data"
  mkdir -p "$dir/mail-tls"
  if ! openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3 -subj /CN=127.0.0.1 \
      -addext subjectAltName=IP:127.0.0.1 -keyout "$dir/mail-tls/key.pem" -out "$dir/mail-tls/cert.pem" 2>"$dir/mail-tls/openssl.log"; then
    _svc_log "ERROR: could not make the test certificate"; cat "$dir/mail-tls/openssl.log" >&2; return 1
  fi
  EXCEED_TEST_MAIL_CERT_SHA256=$(openssl x509 -in "$dir/mail-tls/cert.pem" -noout -fingerprint -sha256 | sed 's/.*=//; s/://g')
  imap=$EXCEED_IMAP_PORT_BASE
  for attempt in 1 2 3 4 5; do
    imap=$(_svc_free_port "$imap") && lmtp=$(_svc_free_port $((imap + 100))) && auth=$(_svc_free_port $((imap + 200))) \
      && imaps=$(_svc_free_port $((imap + 300))) \
      || { _svc_log "ERROR: no free ports for dovecot"; return 1; }
    _svc_write_dovecot_conf "$dir" "$imap" "$lmtp" "$auth" "$imaps"
    : >"$dir/mail-dovecot/dovecot.log"
    if dovecot -c "$dir/mail-dovecot/dovecot.conf" 2>>"$dir/mail-dovecot/dovecot.log" && _svc_wait_port "$imap"; then
      break
    fi
    _svc_stop_dovecot "$dir"
    if grep -qi 'address already in use' "$dir/mail-dovecot/dovecot.log"; then
      _svc_log "dovecot: a port was taken meanwhile, trying the next ones"
      imap=$((imap + 1)); continue
    fi
    _svc_log "ERROR: dovecot failed to start; log follows"; cat "$dir/mail-dovecot/dovecot.log" >&2; return 1
  done
  _svc_port_in_use "$imap" || { _svc_log "ERROR: dovecot: gave up after 5 tries"; return 1; }
  echo "$imap" >"$dir/imap.port"

  smtp=$EXCEED_SMTP_PORT_BASE
  for attempt in 1 2 3 4 5; do
    smtp=$(_svc_free_port "$smtp") || { _svc_log "ERROR: no free port for postfix"; return 1; }
    _svc_write_postfix_conf "$dir" "$smtp" "$lmtp" "$auth"
    if postfix -c "$dir/mail-postfix/conf" start >"$dir/mail-postfix/start.log" 2>&1 && _svc_wait_port "$smtp"; then
      echo "$smtp" >"$dir/smtp.port"
      EXCEED_IMAP_PORT=$imap EXCEED_IMAPS_PORT=$imaps EXCEED_SMTP_PORT=$smtp
      return 0
    fi
    _svc_stop_postfix "$dir"
    if grep -qi 'address already in use' "$dir/mail-postfix/postfix.log" 2>/dev/null; then
      _svc_log "postfix: port $smtp taken meanwhile, trying the next one"
      smtp=$((smtp + 1)); continue
    fi
    _svc_log "ERROR: postfix failed to start; logs follow"
    cat "$dir/mail-postfix/start.log" "$dir/mail-postfix/postfix.log" >&2 2>/dev/null
    return 1
  done
  _svc_log "ERROR: postfix: gave up after 5 ports"
  return 1
}

# Exports the mail variables into this shell and prints them as export lines (nothing when mail did not start).
_svc_export_mail() {
  [[ -n "${EXCEED_IMAP_PORT:-}" ]] || return 0
  export EXCEED_IMAP_PORT EXCEED_IMAPS_PORT EXCEED_SMTP_PORT EXCEED_TEST_MAIL_PASSWORD EXCEED_TEST_MAIL_CERT_SHA256
  export EXCEED_TEST_IMAP="127.0.0.1:$EXCEED_IMAP_PORT"
  export EXCEED_TEST_IMAPS="127.0.0.1:$EXCEED_IMAPS_PORT"
  export EXCEED_TEST_SMTP="127.0.0.1:$EXCEED_SMTP_PORT"
  local name
  for name in EXCEED_IMAP_PORT EXCEED_IMAPS_PORT EXCEED_SMTP_PORT EXCEED_TEST_IMAP EXCEED_TEST_IMAPS EXCEED_TEST_SMTP \
    EXCEED_TEST_MAIL_PASSWORD EXCEED_TEST_MAIL_CERT_SHA256; do
    printf 'export %s=%q\n' "$name" "${!name}"
  done
}

_svc_wait_port() { # port: true once something accepts connections there (up to 15 s)
  local i
  for i in $(seq 1 150); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

_svc_stop_dovecot() {
  local conf=$1/mail-dovecot/dovecot.conf pidfile=$1/mail-dovecot/run/master.pid pid i
  [[ -f "$pidfile" ]] || return 0
  pid=$(cat "$pidfile" 2>/dev/null)
  doveadm -c "$conf" stop >/dev/null 2>&1 || { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; }
  for i in $(seq 1 50); do
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null
}

_svc_stop_postfix() {
  local conf=$1/mail-postfix/conf pidfile=$1/mail-postfix/queue/pid/master.pid pid i
  [[ -f "$pidfile" ]] || return 0
  pid=$(tr -d ' ' <"$pidfile" 2>/dev/null)
  postfix -c "$conf" stop >/dev/null 2>&1 || { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; }
  for i in $(seq 1 50); do
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null
}

_svc_stop_mail() {
  _svc_stop_postfix "$1"
  _svc_stop_dovecot "$1"
}
