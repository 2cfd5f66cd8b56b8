using Pantau.Core.Care;
using static Pantau.Core.Tests.Care.Calendars;

namespace Pantau.Core.Tests.Care;

public sealed class SlaClockTableTests
{
    // Mon-Fri 08:00-17:00 WIB with the shipped holidays; first response 1 h, next response 2 h, resolution 16 h.
    private static readonly SlaPolicy Office16 = new(
        Office(holidays: IndonesianHolidays()),
        FirstResponse: new SlaTarget(TimeSpan.FromHours(1)),
        NextResponse: new SlaTarget(TimeSpan.FromHours(2)),
        Resolution: new SlaTarget(TimeSpan.FromHours(16)));

    [Theory]
    // A complaint at 16:55 WIB on Friday: first response due Monday 08:55, resolution (5 min + 9 h + 6 h 55) Tuesday 14:55.
    [InlineData("2026-12-04 16:55 customer", "2026-12-04 17:30",
        "FirstResponse/1=Running@2026-12-07 08:55; Resolution/1=Running@2026-12-08 14:55")]
    [InlineData("2026-12-04 16:55 customer", "2026-12-07 08:50",
        "FirstResponse/1=Warning@2026-12-07 08:55; Resolution/1=Running@2026-12-08 14:55")]
    [InlineData("2026-12-04 16:55 customer", "2026-12-07 09:00",
        "FirstResponse/1=Breached@2026-12-07 08:55; Resolution/1=Running@2026-12-08 14:55")]
    [InlineData("2026-12-04 16:55 customer; 2026-12-07 08:30 public", "2026-12-07 09:00",
        "FirstResponse/1=Met@2026-12-07 08:55; Resolution/1=Running@2026-12-08 14:55")]
    // An internal note is not a response; a private reply is.
    [InlineData("2026-12-04 16:55 customer; 2026-12-07 08:10 note", "2026-12-07 09:00",
        "FirstResponse/1=Breached@2026-12-07 08:55; Resolution/1=Running@2026-12-08 14:55")]
    [InlineData("2026-12-04 16:55 customer; 2026-12-07 08:10 note; 2026-12-07 08:54 private", "2026-12-07 10:00",
        "FirstResponse/1=Met@2026-12-07 08:55; Resolution/1=Running@2026-12-08 14:55")]
    // A reply exactly at the due instant is on time.
    [InlineData("2026-12-04 16:55 customer; 2026-12-07 08:55 public", "2026-12-07 10:00",
        "FirstResponse/1=Met@2026-12-07 08:55; Resolution/1=Running@2026-12-08 14:55")]
    // Across Idul Fitri 1447: 18-24 March 2026 are holidays or cuti bersama.
    [InlineData("2026-03-17 16:30 customer", "2026-03-25 08:00",
        "FirstResponse/1=Running@2026-03-25 08:30; Resolution/1=Running@2026-03-26 14:30")]
    // Next response: the customer writes again (twice; the first unanswered message counts).
    [InlineData("2026-12-07 09:00 customer; 2026-12-07 09:30 public; 2026-12-08 16:00 customer; 2026-12-08 16:30 customer", "2026-12-09 08:00",
        "FirstResponse/1=Met@2026-12-07 10:00; Resolution/1=Breached@2026-12-08 16:00; NextResponse/1=Running@2026-12-09 09:00")]
    [InlineData("2026-12-07 09:00 customer; 2026-12-07 09:30 public; 2026-12-08 16:00 customer; 2026-12-09 08:30 public; 2026-12-09 10:00 customer", "2026-12-09 10:30",
        "FirstResponse/1=Met@2026-12-07 10:00; Resolution/1=Breached@2026-12-08 16:00; NextResponse/1=Met@2026-12-09 09:00; NextResponse/2=Running@2026-12-09 12:00")]
    // Resolving with a message unanswered stops that cycle without meeting it.
    [InlineData("2026-12-07 09:00 customer; 2026-12-07 09:10 public; 2026-12-07 10:00 customer; 2026-12-07 10:30 resolved", "2026-12-07 11:00",
        "FirstResponse/1=Met@2026-12-07 10:00; Resolution/1=Met@2026-12-08 16:00; NextResponse/1=Stopped@2026-12-07 12:00")]
    // Reopen by the customer: a new resolution cycle with the full target and a next-response cycle.
    [InlineData("2026-12-07 09:00 customer; 2026-12-07 09:10 public; 2026-12-07 10:00 resolved; 2026-12-08 09:00 customer", "2026-12-08 09:30",
        "FirstResponse/1=Met@2026-12-07 10:00; Resolution/1=Met@2026-12-08 16:00; Resolution/2=Running@2026-12-09 16:00; NextResponse/1=Running@2026-12-08 11:00")]
    // Reopen by an agent: a new resolution cycle, but nobody is waiting for a reply.
    [InlineData("2026-12-07 09:00 customer; 2026-12-07 09:10 public; 2026-12-07 10:00 resolved; 2026-12-08 09:00 reopen", "2026-12-08 09:30",
        "FirstResponse/1=Met@2026-12-07 10:00; Resolution/1=Met@2026-12-08 16:00; Resolution/2=Running@2026-12-09 16:00")]
    // Closed is final: a later message belongs to a new case.
    [InlineData("2026-12-07 09:00 customer; 2026-12-07 09:30 closed; 2026-12-07 10:00 customer", "2026-12-08 09:00",
        "FirstResponse/1=Stopped@2026-12-07 10:00; Resolution/1=Met@2026-12-08 16:00")]
    // Events after "now" have not happened yet.
    [InlineData("2026-12-07 09:00 customer; 2026-12-07 09:30 public", "2026-12-07 09:20",
        "FirstResponse/1=Running@2026-12-07 10:00; Resolution/1=Running@2026-12-08 16:00")]
    // Pending pauses: due instants are unknown until the customer answers.
    [InlineData("2026-12-07 09:00 customer; 2026-12-07 09:10 public; 2026-12-07 09:30 pending", "2026-12-08 09:00",
        "FirstResponse/1=Met@2026-12-07 10:00; Resolution/1=Paused@-")]
    [InlineData("2026-12-07 09:00 customer; 2026-12-07 09:10 public; 2026-12-07 09:30 pending; 2026-12-10 09:00 customer", "2026-12-10 09:30",
        "FirstResponse/1=Met@2026-12-07 10:00; Resolution/1=Running@2026-12-11 15:30; NextResponse/1=Running@2026-12-10 11:00")]
    // Paused exactly at the due instant: not late yet; late from the instant the clock runs again.
    [InlineData("2026-12-07 09:00 customer; 2026-12-07 10:00 pending", "2026-12-07 12:00",
        "FirstResponse/1=Paused@-; Resolution/1=Paused@-")]
    [InlineData("2026-12-07 09:00 customer; 2026-12-07 10:00 pending; 2026-12-08 09:00 customer", "2026-12-08 09:00",
        "FirstResponse/1=Warning@2026-12-08 09:00; Resolution/1=Running@2026-12-09 15:00")]
    [InlineData("2026-12-07 09:00 customer; 2026-12-07 10:00 pending; 2026-12-08 09:00 customer", "2026-12-08 09:01",
        "FirstResponse/1=Breached@2026-12-08 09:00; Resolution/1=Running@2026-12-09 15:00")]
    public void Cycles_follow_the_timeline(string timeline, string now, string expected)
    {
        var reading = new SlaClock(Office16, "case-1", Timelines.Parse(timeline)).At(Jakarta(now));

        Assert.Equal(
            expected.Split(';', StringSplitOptions.TrimEntries),
            reading.Cycles.Select(Timelines.Describe).ToArray());
    }
}
