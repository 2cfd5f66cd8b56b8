using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Pantau.Data.Entities;
using Pantau.Server.Localization;

namespace Pantau.Server.Accounts;

/// <summary>Form posts of the login page, sign-out, and the language switch (remembered per user).</summary>
public static class AccountEndpoints
{
    public static void MapPantauAccountEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();

        account.MapPost("/login", async (HttpContext http, SignInManager<PantauUser> signIn, UserManager<PantauUser> users) =>
        {
            if (AntiforgeryFailed(http))
            {
                return FormExpired();
            }

            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var email = form["email"].ToString().Trim();
            var password = form["password"].ToString();
            var returnUrl = SafeReturnUrl(form["returnUrl"]);
            var result = await signIn.PasswordSignInAsync(email, password, isPersistent: true, lockoutOnFailure: true);
            if (result.IsLockedOut)
            {
                return Results.LocalRedirect($"/login?error=locked&returnUrl={Uri.EscapeDataString(returnUrl)}");
            }

            if (!result.Succeeded)
            {
                return Results.LocalRedirect($"/login?error=failed&returnUrl={Uri.EscapeDataString(returnUrl)}");
            }

            if (await users.FindByEmailAsync(email) is { } user && UiText.IsSupported(user.Culture))
            {
                SetCultureCookie(http, user.Culture);
            }

            return Results.LocalRedirect(returnUrl);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()); // the form is read by hand, so validation is asked for

        account.MapPost("/logout", async (HttpContext http, SignInManager<PantauUser> signIn) =>
        {
            if (AntiforgeryFailed(http))
            {
                return FormExpired();
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());

        account.MapGet("/culture", async (HttpContext http, string culture, string? returnUrl, UserManager<PantauUser> users) =>
        {
            if (!UiText.IsSupported(culture))
            {
                return Api.ApiProblems.Invalid("culture", $"Culture must be one of {string.Join(", ", UiText.Cultures)}.");
            }

            SetCultureCookie(http, culture);
            if (http.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(http.User) is { } user)
            {
                user.Culture = culture;
                await users.UpdateAsync(user);
            }

            return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        });
    }

    /// <summary>The antiforgery middleware marks a form post without a valid token; the endpoint refuses it.</summary>
    private static bool AntiforgeryFailed(HttpContext http) => http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false };

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult FormExpired() =>
        TypedResults.Problem(title: "The form has expired or did not come from Pantau; reload the page and try again.", statusCode: StatusCodes.Status400BadRequest);

    /// <summary>Only local paths: an absolute or protocol-relative URL would be an open redirect.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    private static void SetCultureCookie(HttpContext http, string culture) =>
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            LocalizationSetup.CookieValue(culture),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = false, SameSite = SameSiteMode.Lax });
}
