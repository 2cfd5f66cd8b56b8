using Pantau.Server.Api;

namespace Pantau.Server.Care.Settings;

/// <summary>
/// What is wrong with care settings input: the field, an English message, and where inside the field when that helps
/// (<c>line</c> of the holiday list, <c>column</c> and <c>length</c> in a canned response body, <c>day</c> of opening hours).
/// </summary>
public sealed record CareSettingsProblem(string Field, string Message, int? Line = null, int? Column = null, int? Length = null, string? Day = null)
{
    public IResult ToResult()
    {
        var extensions = new Dictionary<string, object?>();
        if (Line is { } line)
        {
            extensions["line"] = line;
        }

        if (Column is { } column)
        {
            extensions["column"] = column;
            extensions["length"] = Length;
        }

        if (Day is { } day)
        {
            extensions["day"] = day;
        }

        return ApiProblems.Invalid(Field, Message, extensions.Count == 0 ? null : extensions);
    }
}

/// <summary>What an editor answered: the saved value, or a problem (400), not found (404) or a conflict (409).</summary>
public sealed record CareEdit<T>(T? Value, CareSettingsProblem? Problem = null, string? Missing = null, (string Field, string Message)? Conflict = null)
{
    public bool Succeeded => Problem is null && Missing is null && Conflict is null;

    public static implicit operator CareEdit<T>(CareSettingsProblem problem) => new(default, problem);

    /// <summary>The HTTP answer: <paramref name="success"/> of the value, or the matching problem.</summary>
    public IResult ToResult(Func<T, IResult> success)
    {
        ArgumentNullException.ThrowIfNull(success);
        return Problem is { } problem ? problem.ToResult()
            : Missing is { } missing ? ApiProblems.NotFound(missing)
            : Conflict is { } conflict ? ApiProblems.Conflict(conflict.Field, conflict.Message)
            : success(Value!);
    }

    /// <summary>One line for a form: the message of whatever went wrong, or null on success.</summary>
    public string? Error => Problem?.Message ?? (Missing is { } m ? $"{m} was not found" : Conflict?.Message);
}

public static class CareEdit
{
    public static CareEdit<T> NotFound<T>(string what) => new(default, Missing: what);

    public static CareEdit<T> InConflict<T>(string field, string message) => new(default, Conflict: (field, message));
}
