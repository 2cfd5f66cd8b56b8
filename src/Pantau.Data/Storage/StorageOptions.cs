using System.ComponentModel.DataAnnotations;

namespace Pantau.Data.Storage;

public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Where Pantau keeps its data. Section <c>Storage</c>; environment <c>PANTAU_STORAGE__PROVIDER</c> etc.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default, embedded) or <c>PostgreSql</c>. A string, so a wrong value is reported by name.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>The parsed <see cref="Provider"/>; validation on start guarantees it parses.</summary>
    public StorageProvider ProviderKind =>
        Enum.TryParse<StorageProvider>(Provider, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : StorageProvider.Sqlite;

    /// <summary>Required for PostgreSQL. For SQLite, defaults to <c>Data Source={DataDirectory}/pantau.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the SQLite database and other local state.</summary>
    [Required]
    public string DataDirectory { get; set; } = "pantau-data";

    /// <summary>Apply pending migrations when the server starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public string ResolveConnectionString() => ProviderKind switch
    {
        StorageProvider.Sqlite => string.IsNullOrWhiteSpace(ConnectionString)
            ? $"Data Source={Path.Combine(DataDirectory, "pantau.db")}"
            : ConnectionString,
        _ => ConnectionString ?? throw new InvalidOperationException("Storage:ConnectionString is required for PostgreSql."),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.TryParse<StorageProvider>(Provider, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(Provider, out _))
        {
            yield return new ValidationResult(
                $"Storage:Provider must be one of {string.Join(", ", Enum.GetNames<StorageProvider>())}; it is '{Provider}'.", [nameof(Provider)]);
        }

        if (ProviderKind == StorageProvider.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Storage:ConnectionString is required when Storage:Provider is PostgreSql (e.g. 'Host=localhost;Database=pantau;Username=pantau;Password=…').",
                [nameof(ConnectionString)]);
        }
    }
}
