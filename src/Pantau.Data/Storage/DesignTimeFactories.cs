using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Pantau.Data.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context SqlitePantauDbContext</c> build the model without the server.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePantauDbContext>
{
    public SqlitePantauDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePantauDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresPantauDbContext</c> build the model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPantauDbContext>
{
    public PostgresPantauDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPantauDbContext>().UseNpgsql("Host=localhost;Database=pantau_design").Options);
}
