using Microsoft.EntityFrameworkCore;

namespace Pantau.Data;

/// <summary>The PostgreSQL flavour: instants are <c>timestamptz</c>.</summary>
public sealed class PostgresPantauDbContext(DbContextOptions<PostgresPantauDbContext> options) : PantauDbContext(options);
