using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Pantau.Server.Localization;

public static class LocalizationSetup
{
    public static IServiceCollection AddPantauLocalization(this IServiceCollection services)
    {
        services.AddSingleton<UiText>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = UiText.Cultures.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(UiText.DefaultCulture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static IApplicationBuilder UsePantauLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>The cookie value that remembers a UI language.</summary>
    public static string CookieValue(string culture) => CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));
}
