using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pantau.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FeedSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastItemAt",
                table: "Sources",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduleNote",
                table: "Sources",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EditedAt",
                table: "Mentions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Html",
                table: "Mentions",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FeedSubscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    HubUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TopicUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastDeliveryAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Deliveries = table.Column<long>(type: "bigint", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
