namespace Pantau.Data.Entities;

/// <summary>A workspace's care settings: SLA policy, business calendar, what becomes a case, routing behaviour.</summary>
public sealed class CareSettings
{
    public Guid WorkspaceId { get; set; }

    /// <summary>IANA time zone of the business calendar and of reports.</summary>
    public string TimeZone { get; set; } = "Asia/Jakarta";

    /// <summary>Opening hours per weekday as JSON: <c>{"Monday":[["08:00","17:00"]], …}</c>.</summary>
    public string OpeningHoursJson { get; set; } = "{}";

    /// <summary>Public holidays, one per line (<c>2026-08-17	Hari Kemerdekaan</c>), as the admin edited them.</summary>
    public string Holidays { get; set; } = "";

    public int? FirstResponseMinutes { get; set; }
    public int? NextResponseMinutes { get; set; }
    public int? ResolutionMinutes { get; set; }

    /// <summary>Count SLA time in business hours (true) or around the clock.</summary>
    public bool BusinessHours { get; set; } = true;

    /// <summary>Warn when this share of a target has elapsed.</summary>
    public int WarningPercent { get; set; } = 75;

    /// <summary>A new post from the same author within this many minutes joins their open case.</summary>
    public int SameAuthorWindowMinutes { get; set; } = 240;

    /// <summary>Which intents open a case on their own (risk signals always do): flags of complaint and question.</summary>
    public bool CasesForComplaints { get; set; } = true;

    public bool CasesForQuestions { get; set; } = true;

    public bool AutoAssign { get; set; } = true;

    /// <summary>Reassign a case whose assignee has not responded within this many minutes of being assigned; 0 = never.</summary>
    public int ReassignAfterMinutes { get; set; }

    /// <summary>Replies on cases with a risk signal need a supervisor's approval.</summary>
    public bool ApprovalForRisk { get; set; } = true;

    /// <summary>Send a satisfaction survey link after a case is resolved.</summary>
    public bool CsatEnabled { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
