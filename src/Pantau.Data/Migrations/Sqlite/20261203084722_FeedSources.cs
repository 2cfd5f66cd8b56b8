using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pantau.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FeedSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastItemAt",
                table: "Sources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduleNote",
                table: "Sources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EditedAt",
                table: "Mentions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Html",
                table: "Mentions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FeedSubscriptions",
                columns: table => new
                {
                    Id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    WorkspaceId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SourceId = table.Column<byte[]>(type: "BLOB", nullable: false),
                    HubUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TopicUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastDeliveryAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Deliveries = table.Column<long>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedSubscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedSubscriptions_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedSubscriptions_SourceId",
                table: "FeedSubscriptions",
                column: "SourceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedSubscriptions_WorkspaceId",
                table: "FeedSubscriptions",
                column: "WorkspaceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedSubscriptions");

            migrationBuilder.DropColumn(
                name: "LastItemAt",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "ScheduleNote",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "EditedAt",
                table: "Mentions");

            migrationBuilder.DropColumn(
                name: "Html",
                table: "Mentions");
        }
    }
}
