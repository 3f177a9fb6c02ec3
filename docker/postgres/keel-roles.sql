-- Database roles for a production Keel, run once by the postgres container on its first start
-- (docker/postgres/init/10-keel-roles.sh passes the names and passwords as psql variables), as the superuser.
--
--   owner_role  owns the schema and runs the Liquibase migrations (spring.liquibase.user); never the app's login.
--   app_role    the application's everyday login: reads and writes rows, creates and drops nothing, not a superuser.
--
-- The audit trail is append-only for the app: migration 0032 takes UPDATE, DELETE and TRUNCATE on audit_event away
-- from every role but its owner, so a bug or an attacker inside the app cannot rewrite who did what.
-- AuditRolesIT runs this file against a real PostgreSQL.
create role :"owner_role" login password :'owner_password' nosuperuser nocreatedb nocreaterole noreplication;
create role :"app_role" login password :'app_password' nosuperuser nocreatedb nocreaterole noreplication;

alter schema public owner to :"owner_role";
revoke all on schema public from public;
grant usage on schema public to :"app_role";

-- Every table and sequence the owner's migrations create from now on: rows only, for the app.
alter default privileges for role :"owner_role" in schema public
    grant select, insert, update, delete on tables to :"app_role";
alter default privileges for role :"owner_role" in schema public
    grant usage, select on sequences to :"app_role";
