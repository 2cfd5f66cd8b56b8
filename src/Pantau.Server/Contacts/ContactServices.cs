namespace Pantau.Server.Contacts;

public static class ContactServices
{
    /// <summary>Customer profiles: reading, editing, merging, splitting, suggestions and CSV import (the server and the CLI).</summary>
    public static IServiceCollection AddContacts(this IServiceCollection services)
    {
        services.AddSingleton<ContactDirectory>();
        services.AddSingleton<ContactEditor>();
        services.AddSingleton<ContactMerge>();
        services.AddSingleton<ContactSplit>();
        services.AddSingleton<MergeSuggestions>();
        services.AddSingleton<ContactImport>();
        return services;
    }
}
