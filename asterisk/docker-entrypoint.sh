#!/bin/sh
# Entry point of the Asterisk container in docker-compose.yml.
#
# Asterisk's config files cannot read environment variables, so the files in
# this folder are installed into /etc/asterisk on every start:
#   NAME.conf           copied as it is;
#   NAME.conf.template  rendered to NAME.conf, each ${VAR} (upper-case name)
#                       replaced by the environment variable VAR (comment
#                       lines are left alone). An unset VAR
#                       stops the container with a message naming it, rather
#                       than starting Asterisk with an empty password.
# Then it hands over to the image's own entry point (which fixes volume
# ownership) or, failing that, runs the command directly.
set -eu

src="$(dirname "$0")"
dest="${ASTERISK_CONFIG_DIR:-/etc/asterisk}"

for file in "$src"/*.conf; do
  cp "$file" "$dest/$(basename "$file")"
done

for template in "$src"/*.conf.template; do
  target="$dest/$(basename "$template" .template)"
  # perl is part of every Debian base image (perl-base is essential); unlike
  # sed it copes with any character in a password.
  perl -pe '/^\s*;/ or s/\$\{([A-Z][A-Z0-9_]*)\}/defined $ENV{$1} ? $ENV{$1} : die "capconduit: environment variable $1 (used in '"$(basename "$template")"') is not set\n"/ge' \
    "$template" > "$target.tmp" || { rm -f "$target.tmp"; exit 1; }
  mv "$target.tmp" "$target"
  # These files hold passwords: readable by Asterisk only.
  chmod 640 "$target"
  chown root:asterisk "$target" 2>/dev/null || true
done

if [ -x /usr/local/bin/entrypoint.sh ]; then
  exec /usr/local/bin/entrypoint.sh "$@"
fi
exec "$@"
