/**
 * Attendance: clock-in and clock-out by signed QR codes (a site's rotating
 * screen code and printed poster, a volunteer's personal code) or by a
 * coordinator, scans accepted once per device-made id (offline queues
 * replay safely), the organization's rules that turn times into credited
 * minutes, the approval queue, and the forgotten clock-out job. Approved
 * records credit the ledger in the same transaction; certificates read them.
 */

export { attendanceRoutes } from './attendance.routes';
export { ATTENDANCE_AUTO_CLOSE_JOB, closeForgottenClockOuts } from './auto-close.service';
