using Microsoft.AspNetCore.Mvc;
using Pantau.Server.Localization;

namespace Pantau.Server.Components.Shared;

/// <summary>
/// What an editor (the same one the REST API uses, with the same validation) answered, read for a form:
/// success with the saved value, or the field that is wrong and a message in the UI's language.
/// </summary>
public sealed record EditorOutcome(bool Succeeded, object? Value, int Status, string? Field, string? Message)
{
    /// <summary>The API's English validation messages, by the UI string that says the same thing.</summary>
    private static readonly Dictionary<string, string> MessageKeys = new(StringComparer.Ordinal)
    {
        ["A name of 1 to 200 characters is required."] = "validation.name",
        ["A query is required: the words to listen for, such as nusantel OR \"kartu halo\"."] = "validation.query.required",
        ["Colour must be #rrggbb, e.g. #1e88e5."] = "validation.color",
        ["Settings must be a JSON object."] = "validation.settings.object",
        ["A source's kind cannot change; create a new source instead."] = "validation.kind.change",
    };

    public static EditorOutcome From(IResult result, UiText text)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
        var value = result is IValueHttpResult valued ? valued.Value : null;
        switch (value)
        {
            case HttpValidationProblemDetails validation:
                var (field, messages) = validation.Errors.FirstOrDefault();
                return new EditorOutcome(false, null, status, field, Localize(field, messages?.FirstOrDefault(), text));
            case ProblemDetails problem:
                var problemField = problem.Extensions.TryGetValue("field", out var f) ? f?.ToString() : null;
                var message = status switch
                {
                    StatusCodes.Status409Conflict when problemField == "name" => text["validation.name.taken"],
                    StatusCodes.Status404NotFound => text["error.gone"],
                    StatusCodes.Status403Forbidden => text["error.forbidden"],
                    _ => problem.Title ?? text["error.generic"],
                };
                return new EditorOutcome(false, null, status, problemField, message);
            default:
                return status is >= 200 and < 300
                    ? new EditorOutcome(true, value, status, null, null)
                    : new EditorOutcome(false, null, status, null, text["error.generic"]);
        }
    }

    private static string Localize(string? field, string? message, UiText text)
    {
        if (message is not null && MessageKeys.TryGetValue(message, out var key))
        {
            return text[key];
        }

        if (field == "kind")
        {
            return text["validation.kind"];
        }

        return message ?? text["error.generic"];
    }
}
