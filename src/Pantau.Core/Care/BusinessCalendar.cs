namespace Pantau.Core.Care;

/// <summary>
/// A workspace's working time: opening hours per day of week in one IANA time zone, with holidays that close a
/// date or shorten it. Business time is real elapsed time while open, so a 09:00-17:00 day on a DST switch day is
/// still eight hours. Pure: every instant is a parameter.
/// </summary>
public sealed class BusinessCalendar
{
    public const string DefaultTimeZoneId = "Asia/Jakarta";

    /// <summary>How long a calendar may stay closed before it is called never open (about ten years).</summary>
    public const int SearchHorizonDays = 3653;

    /// <summary>How far past its start one computation may walk (about a century): beyond that the input is a mistake.</summary>
    public const int WalkLimitDays = 36525;

    private static readonly TimeSpan WholeDay = TimeSpan.FromDays(1);

    private readonly OpeningInterval[][] _week = new OpeningInterval[7][];
    private readonly Dictionary<DateOnly, Holiday> _holidays = [];
    private readonly bool _alwaysOpen;

    public BusinessCalendar(
        TimeZoneInfo zone,
        IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpeningInterval>> openingHours,
        IEnumerable<Holiday>? holidays = null)
    {
        Zone = zone;
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            _week[(int)day] = openingHours.TryGetValue(day, out var hours) ? Checked(hours, day.ToString()) : [];
        }

        foreach (var holiday in holidays ?? [])
        {
            var hours = Checked(holiday.Hours ?? [], holiday.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (!_holidays.TryAdd(holiday.Date, holiday with { Hours = hours }))
            {
                throw new ArgumentException($"Holiday {holiday.Date:yyyy-MM-dd} is listed twice.", nameof(holidays));
            }
        }

        _alwaysOpen = _holidays.Count == 0 && _week.All(day => day is [{ Start.Ticks: 0 } only] && only.End == WholeDay);
    }

    public TimeZoneInfo Zone { get; }

    public IReadOnlyCollection<Holiday> Holidays => _holidays.Values;

    /// <summary>Asia/Jakarta (WIB), the default for a new workspace.</summary>
    public static TimeZoneInfo DefaultZone => TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId);

    /// <summary>Open around the clock, every day: calendar time in a zone.</summary>
    public static BusinessCalendar AlwaysOpen(TimeZoneInfo zone) =>
        Weekly(zone, Enum.GetValues<DayOfWeek>(), [new OpeningInterval(TimeSpan.Zero, WholeDay)]);

    /// <summary>The same hours on each of <paramref name="days"/>; closed on the others.</summary>
    public static BusinessCalendar Weekly(
        TimeZoneInfo zone, IEnumerable<DayOfWeek> days, IReadOnlyList<OpeningInterval> hours, IEnumerable<Holiday>? holidays = null) =>
        new(zone, days.Distinct().ToDictionary(day => day, _ => hours), holidays);

    public IReadOnlyList<OpeningInterval> HoursOn(DayOfWeek day) => _week[(int)day];

    /// <summary>The hours of one local date, holidays applied.</summary>
    public IReadOnlyList<OpeningInterval> HoursOn(DateOnly date) =>
        _holidays.TryGetValue(date, out var holiday) ? holiday.Hours ?? [] : _week[(int)date.DayOfWeek];

    public BusinessCalendar WithHolidays(IEnumerable<Holiday> holidays) =>
        new(Zone, Enum.GetValues<DayOfWeek>().ToDictionary(day => day, day => (IReadOnlyList<OpeningInterval>)_week[(int)day]), holidays);

    public bool IsOpen(DateTimeOffset instant)
    {
        if (_alwaysOpen)
        {
            return true;
        }

        foreach (var (start, _) in SpansFrom(instant, instant))
        {
            return start == instant;
        }

        return false;
    }

    /// <summary>The instant itself when open, otherwise the next instant the calendar opens.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant)
    {
        if (_alwaysOpen)
        {
            return instant;
        }

        foreach (var (start, _) in SpansFrom(instant, DateTimeOffset.MaxValue))
        {
            return InZone(start);
        }

        throw NeverOpen(instant);
    }

    /// <summary>
    /// The earliest instant at which <paramref name="businessTime"/> of open time has passed since
    /// <paramref name="start"/> (a start outside hours counts from the next opening). Zero returns the start itself,
    /// so Add(Add(t, a), b) == Add(t, a + b).
    /// </summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan businessTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessTime, TimeSpan.Zero);
        if (businessTime == TimeSpan.Zero)
        {
            return InZone(start);
        }

        if (_alwaysOpen)
        {
            return InZone(start + businessTime);
        }

        var remaining = businessTime;
        foreach (var (from, to) in SpansFrom(start, DateTimeOffset.MaxValue))
        {
            var length = to - from;
            if (length >= remaining)
            {
                return InZone(from + remaining);
            }

            remaining -= length;
        }

        throw NeverOpen(start);
    }

    /// <summary>Open time in [from, to); zero when to is not after from.</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        if (_alwaysOpen)
        {
            return to - from;
        }

        var total = TimeSpan.Zero;
        foreach (var (start, end) in SpansFrom(from, to))
        {
            if (start >= to)
            {
                break;
            }

            total += (end < to ? end : to) - start;
        }

        return total;
    }

    /// <summary>
    /// Open spans that end after <paramref name="instant"/>, in order, clipped to start no earlier than it. Walks
    /// whole days (no minute loops) and stops after the day of <paramref name="until"/>; throws when the calendar
    /// stays closed for the search horizon.
    /// </summary>
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> SpansFrom(DateTimeOffset instant, DateTimeOffset until)
    {
        // The day before too: a DST fold can move the end of yesterday's last interval past local midnight.
        var date = LocalDate(instant).AddDays(-1);
        var lastDate = until == DateTimeOffset.MaxValue ? DateOnly.MaxValue : LocalDate(until).AddDays(1);
        var walkLimit = date.DayNumber + WalkLimitDays;
        var lastEnd = instant;
        var closedDays = 0;
        while (date <= lastDate)
        {
            if (date.DayNumber > walkLimit)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(until), $"Business time more than {WalkLimitDays / 365} years after {instant:yyyy-MM-dd HH:mm zzz} is not computed.");
            }

            var open = false;
            foreach (var interval in HoursOn(date))
            {
                var start = ToInstant(date, interval.Start, isEnd: false);
                var end = ToInstant(date, interval.End, isEnd: true);
                if (start < lastEnd)
                {
                    start = lastEnd;
                }

                if (end <= start)
                {
                    continue;
                }

                open = true;
                lastEnd = end;
                yield return (start, end);
            }

            closedDays = open ? 0 : closedDays + 1;
            if (closedDays > SearchHorizonDays)
            {
                throw NeverOpen(instant);
            }

            if (date == DateOnly.MaxValue)
            {
                yield break;
            }

            date = date.AddDays(1);
        }
    }

    /// <summary>
    /// A local wall-clock time as an instant. A time skipped by a DST jump becomes the moment the clock resumes; a
    /// time that occurs twice is its first occurrence for a start and its second for an end, so an interval covers
    /// every instant whose wall clock lies inside it (an end inside the repeated hour keeps the whole fold: simpler,
    /// and it errs towards counting time as open).
    /// </summary>
    private DateTimeOffset ToInstant(DateOnly date, TimeSpan time, bool isEnd)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).Add(time);
        for (var step = 0; Zone.IsInvalidTime(local) && step < 24 * 60; step++)
        {
            local = local.AddMinutes(1);
        }

        TimeSpan offset;
        if (Zone.IsAmbiguousTime(local))
        {
            var offsets = Zone.GetAmbiguousTimeOffsets(local);
            offset = isEnd ? offsets.Min() : offsets.Max();
        }
        else
        {
            offset = Zone.GetUtcOffset(local);
        }

        return new DateTimeOffset(local, offset);
    }

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    private DateTimeOffset InZone(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private CalendarNeverOpenException NeverOpen(DateTimeOffset from) =>
        new($"The business calendar ({Zone.Id}) has no open hours in the {SearchHorizonDays} days after {from:yyyy-MM-dd HH:mm zzz}: give it opening hours on at least one day.");

    private static OpeningInterval[] Checked(IReadOnlyList<OpeningInterval> hours, string where)
    {
        var sorted = hours.OrderBy(interval => interval.Start).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Start < sorted[i - 1].End)
            {
                throw new ArgumentException($"Opening hours on {where} overlap: {sorted[i - 1]} and {sorted[i]}.", nameof(hours));
            }
        }

        return sorted;
    }
}
