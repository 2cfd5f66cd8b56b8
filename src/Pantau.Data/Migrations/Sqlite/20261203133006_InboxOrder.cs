using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pantau.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_WorkspaceId_Status_PriorityScore",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkspaceId_LastCustomerMessageAt_Id",
                table: "Cases",
                columns: new[] { "WorkspaceId", "LastCustomerMessageAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkspaceId_PriorityScore_Id",
                table: "Cases",
                columns: new[] { "WorkspaceId", "PriorityScore", "Id" },
                descending: new[] { false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_WorkspaceId_LastCustomerMessageAt_Id",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_WorkspaceId_PriorityScore_Id",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkspaceId_Status_PriorityScore",
                table: "Cases",
                columns: new[] { "WorkspaceId", "Status", "PriorityScore" });
        }
    }
}
