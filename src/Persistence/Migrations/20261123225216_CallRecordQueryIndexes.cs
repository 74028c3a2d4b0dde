using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapConduit.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CallRecordQueryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_call_records_caller_number_started_at_id",
                table: "call_records",
                columns: new[] { "caller_number", "started_at", "id" },
                descending: new[] { false, true, true })
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops", "timestamptz_ops", "uuid_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_call_records_caller_number_started_at_id",
                table: "call_records");
        }
    }
}
