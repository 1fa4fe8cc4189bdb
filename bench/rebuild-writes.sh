#!/usr/bin/env bash
# What the database alone spends on the writes of a rebuild of the public rows, without the service: the rows as the
# listener leaves them (inserted, then updated), deleted and copied back in one transaction as a rebuild does, the
# same once the table was vacuumed (as autovacuum would have, where it runs), against the same copy into an empty
# table, without the public key's index, and in COPY's binary format; then the rows rebuilt beside the table, copied
# into a table of the transaction's own and put in place by writing only the rows that differ (a design measured, not
# taken), over rows found right, over rows every one of which differs, and into an empty table. On a scratch database
# with reporting's migrations, on the PostgreSQL at 127.0.0.1:5432 (psql, as postgres); prints one line.
#   bench/rebuild-writes.sh [rows (500000)]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-500000}
database=bench_rebuild_writes${MISCONDUCT_TEST_DATABASE_SUFFIX:-}
work=$(mktemp -d)
export PGOPTIONS="-c client_min_messages=warning"
sql() { psql -h 127.0.0.1 -U postgres -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }
trap 'sql -d postgres -c "DROP DATABASE IF EXISTS $database" >/dev/null; rm -rf "$work"' EXIT

sql -d postgres -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
for migration in $(ls reporting-service/src/main/resources/db/reporting/V*__*.sql | sort -V); do
    sql -d "$database" -f "$migration" > /dev/null
done

# Rows shaped like the replay benchmark's: registered, then assessed and disclosed.
fill() {
    sql -d "$database" <<SQL
DROP TABLE IF EXISTS rebuilt;
CREATE TABLE rebuilt (LIKE public_allegation INCLUDING ALL);
INSERT INTO rebuilt (case_reference, received_year, received_month, received_at, mission, personnel_category,
                     nationality, allegation_type, status, classification_ranks, breached_clocks, victims_registered,
                     minor_victims, adult_victims, unknown_age_victims, public_key, disclosure_order)
SELECT 'ALG-2026-' || lpad(n::text, 6, '0'), 2026, 1 + n % 12, timestamptz '2026-01-01 00:00Z' + n * interval '1 minute', 'MINUSCA', 'MC', 'XAA', 'SEA', 'RECEIVED',
       '{}', '{}', 0, 0, 0, 0, convert_to('2026' || (1 + n % 12) || 'MINUSCA', 'UTF8') || sha256(int8send(n)),
       sha256(int8send(n))
FROM generate_series(1, $rows) n;
UPDATE rebuilt SET status = 'ASSESSED', assessed = true, disclosed = true, victim_count = 1, minor_involved = false,
                   classification_ranks = '{"SE": 1}', investigating_entity = 'OIOS';
CHECKPOINT;
SQL
}

# Runs its statements in one transaction; prints the milliseconds each took, then the WAL written in MB.
timed() {
    local script="BEGIN; SELECT pg_current_wal_lsn() AS wal0, clock_timestamp() AS t0 \\gset"$'\n' step=0 times=""
    for statement in "$@"; do
        step=$((step + 1))
        script+="$statement"$'\n'"SELECT clock_timestamp() AS t$step \\gset"$'\n'
        times+="${times:+ || ' ' || }round(extract(epoch FROM :'t$step'::timestamptz - :'t$((step - 1))') * 1000)"
    done
    script+="COMMIT; SELECT $times || ' ' || round(pg_wal_lsn_diff(pg_current_wal_lsn(), :'wal0') / 1048576);"
    sql -d "$database" <<< "$script"
}

fill
sql -d "$database" -c "\\copy rebuilt TO '$work/rows.txt'" -c "\\copy rebuilt TO '$work/rows.bin' WITH (FORMAT binary)"
read -r deleted over over_wal <<< "$(timed "DELETE FROM rebuilt;" "\\copy rebuilt FROM '$work/rows.txt'")"
empty_table() { sql -d "$database" -c "DROP TABLE rebuilt" -c "CREATE TABLE rebuilt (LIKE public_allegation INCLUDING ALL)" "$@" -c "CHECKPOINT"; }
empty_table
read -r empty empty_wal <<< "$(timed "\\copy rebuilt FROM '$work/rows.txt'")"
empty_table -c "DROP INDEX rebuilt_public_key_idx"
read -r unkeyed _ <<< "$(timed "\\copy rebuilt FROM '$work/rows.txt'")"
empty_table
read -r binary _ <<< "$(timed "\\copy rebuilt FROM '$work/rows.bin' WITH (FORMAT binary)")"

fill
sql -d "$database" -c "VACUUM ANALYZE rebuilt" -c "CHECKPOINT"
read -r vacuumed_deleted vacuumed_over _ <<< "$(timed "DELETE FROM rebuilt;" "\\copy rebuilt FROM '$work/rows.txt'")"

# Rebuilt beside the table and put in place: prints the milliseconds of all steps, then the WAL.
assignments=$(sql -d "$database" -c "SELECT string_agg(attname || ' = staged.' || attname, ', ' ORDER BY attnum)
    FROM pg_attribute WHERE attrelid = 'rebuilt'::regclass AND attnum > 0 AND NOT attisdropped AND attname <> 'case_reference'")
beside() {
    timed "CREATE TEMPORARY TABLE staged (LIKE rebuilt INCLUDING DEFAULTS) ON COMMIT DROP; ALTER TABLE staged ADD PRIMARY KEY (case_reference);" \
        "\\copy staged FROM '$work/rows.txt'" \
        "UPDATE rebuilt SET $assignments FROM staged WHERE staged.case_reference = rebuilt.case_reference AND ROW(staged.*) IS DISTINCT FROM ROW(rebuilt.*);" \
        "DELETE FROM rebuilt WHERE NOT EXISTS (SELECT FROM staged WHERE staged.case_reference = rebuilt.case_reference);" \
        "INSERT INTO rebuilt SELECT * FROM staged ON CONFLICT (case_reference) DO NOTHING;" |
        awk '{ print $1 + $2 + $3 + $4 + $5, $6 }'
}
fill
read -r right right_wal <<< "$(beside)"
sql -d "$database" -c "UPDATE rebuilt SET status = 'RECEIVED'" -c "VACUUM ANALYZE rebuilt" -c "CHECKPOINT"
read -r changed changed_wal <<< "$(beside)"
sql -d "$database" -c "DELETE FROM rebuilt" -c "VACUUM ANALYZE rebuilt" -c "CHECKPOINT"
read -r into_empty into_empty_wal <<< "$(beside)"

echo "rebuild-writes $(date -u +%F) $(nproc) cores, $rows public rows: over the rows they replace, delete $deleted ms" \
    "and copy $over ms (WAL $over_wal MB), vacuumed first delete $vacuumed_deleted ms and copy $vacuumed_over ms; into" \
    "an empty table copy $empty ms (WAL $empty_wal MB), without the public" \
    "key's index $unkeyed ms, in binary $binary ms; rebuilt beside the table and put in place, over rows found right" \
    "$right ms (WAL $right_wal MB), over rows every one of which differs $changed ms (WAL $changed_wal MB), into an" \
    "empty table $into_empty ms (WAL $into_empty_wal MB) | command: bench/rebuild-writes.sh $rows"
