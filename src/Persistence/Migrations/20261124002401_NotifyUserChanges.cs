using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapConduit.Persistence.Migrations
{
    /// <summary>
    /// Announces every committed update or delete of a user row on <see cref="Users.UserChangeNotifications.Channel"/>, so
    /// in-memory copies of users (the API's token check) are dropped whoever made the change.
    /// </summary>
    public partial class NotifyUserChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE FUNCTION notify_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('{Users.UserChangeNotifications.Channel}', OLD.id::text);
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER users_notify_changed
                    AFTER UPDATE OR DELETE ON users
                    FOR EACH ROW EXECUTE FUNCTION notify_user_changed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER users_notify_changed ON users;
                DROP FUNCTION notify_user_changed();
                """);
        }
    }
}
