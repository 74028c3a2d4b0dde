using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CapConduit.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CallStatsCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_call_records_campaign_id_started_at_id",
                table: "call_records");

            migrationBuilder.DropIndex(
                name: "ix_call_records_client_id_started_at_id",
                table: "call_records");

            migrationBuilder.DropIndex(
                name: "ix_call_records_did_id_started_at_id",
                table: "call_records");

            migrationBuilder.DropIndex(
                name: "ix_call_records_seller_id_started_at_id",
                table: "call_records");

            migrationBuilder.DropIndex(
                name: "ix_call_records_started_at_id",
                table: "call_records");

            migrationBuilder.AlterTable(
                name: "call_records")
                .Annotation("Npgsql:StorageParameter:autovacuum_vacuum_insert_scale_factor", 0.01);

            migrationBuilder.CreateIndex(
                name: "ix_call_records_campaign_id_started_at_id",
                table: "call_records",
                columns: new[] { "campaign_id", "started_at", "id" },
                descending: new[] { false, true, true })
                .Annotation("Npgsql:IndexInclude", new[] { "disposition", "talk_seconds" });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_client_id_started_at_id",
                table: "call_records",
                columns: new[] { "client_id", "started_at", "id" },
                descending: new[] { false, true, true })
                .Annotation("Npgsql:IndexInclude", new[] { "disposition", "talk_seconds" });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_did_id_started_at_id",
                table: "call_records",
                columns: new[] { "did_id", "started_at", "id" },
                descending: new[] { false, true, true })
                .Annotation("Npgsql:IndexInclude", new[] { "disposition", "talk_seconds" });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_seller_id_started_at_id",
                table: "call_records",
                columns: new[] { "seller_id", "started_at", "id" },
                descending: new[] { false, true, true })
                .Annotation("Npgsql:IndexInclude", new[] { "disposition", "talk_seconds" });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_started_at_id",
                table: "call_records",
                columns: new[] { "started_at", "id" },
                descending: new bool[0])
                .Annotation("Npgsql:IndexInclude", new[] { "disposition", "talk_seconds" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_call_records_campaign_id_started_at_id",
                table: "call_records");

            migrationBuilder.DropIndex(
                name: "ix_call_records_client_id_started_at_id",
                table: "call_records");

            migrationBuilder.DropIndex(
                name: "ix_call_records_did_id_started_at_id",
                table: "call_records");

            migrationBuilder.DropIndex(
                name: "ix_call_records_seller_id_started_at_id",
                table: "call_records");

            migrationBuilder.DropIndex(
                name: "ix_call_records_started_at_id",
                table: "call_records");

            migrationBuilder.AlterTable(
                name: "call_records")
                .OldAnnotation("Npgsql:StorageParameter:autovacuum_vacuum_insert_scale_factor", 0.01);

            migrationBuilder.CreateIndex(
                name: "ix_call_records_campaign_id_started_at_id",
                table: "call_records",
                columns: new[] { "campaign_id", "started_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_client_id_started_at_id",
                table: "call_records",
                columns: new[] { "client_id", "started_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_did_id_started_at_id",
                table: "call_records",
                columns: new[] { "did_id", "started_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_seller_id_started_at_id",
                table: "call_records",
                columns: new[] { "seller_id", "started_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_call_records_started_at_id",
                table: "call_records",
                columns: new[] { "started_at", "id" },
                descending: new bool[0]);
        }
    }
}
