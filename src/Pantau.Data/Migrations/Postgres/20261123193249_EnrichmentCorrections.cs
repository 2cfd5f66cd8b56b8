using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pantau.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EnrichmentCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Risk",
                table: "Mentions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "SpamScore",
                table: "Mentions",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.CreateTable(
                name: "MentionCorrections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    MentionId = table.Column<long>(type: "bigint", nullable: false),
                    Field = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FromValue = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ToValue = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CorrectedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CorrectedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentionCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentionCorrections_AspNetUsers_CorrectedBy",
                        column: x => x.CorrectedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MentionCorrections_Mentions_MentionId",
                        column: x => x.MentionId,
                        principalTable: "Mentions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MentionCorrections_CorrectedBy",
                table: "MentionCorrections",
                column: "CorrectedBy");

            migrationBuilder.CreateIndex(
                name: "IX_MentionCorrections_MentionId",
                table: "MentionCorrections",
                column: "MentionId");

            migrationBuilder.CreateIndex(
                name: "IX_MentionCorrections_WorkspaceId_CreatedAt",
                table: "MentionCorrections",
                columns: new[] { "WorkspaceId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MentionCorrections");

            migrationBuilder.DropColumn(
                name: "Risk",
                table: "Mentions");

            migrationBuilder.DropColumn(
                name: "SpamScore",
                table: "Mentions");
        }
    }
}
