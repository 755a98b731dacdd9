package org.chartroom.core.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.chartroom.core.store.StoreException;
import org.chartroom.core.store.WorkspaceInUseException;

/**
 * Holds a workspace for this process. The operating system releases the lock when the
 * process dies, so a crash never leaves a workspace locked. The lock file names the holder's
 * process id so that the refusal can say who holds it.
 */
public final class WorkspaceLock implements AutoCloseable {

	public static final String FILE_NAME = ".lock";

	private final FileChannel channel;
	private final FileLock lock;

	private WorkspaceLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	public static WorkspaceLock acquire(Path workspace) throws StoreException {
		Path file = workspace.resolve(FILE_NAME);
		FileChannel channel = null;
		try {
			Files.createDirectories(workspace);
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				String holder = LockHolder.read(file);
				channel.close();
				throw new WorkspaceInUseException("The workspace " + workspace + " is in use by another Chartroom process"
						+ holder + ". Close it, or choose another workspace with --workspace.");
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
			channel.force(false);
			return new WorkspaceLock(channel, lock);
		} catch (IOException e) {
			closeQuietly(channel);
			throw new StoreException("Cannot open the workspace " + workspace + ": " + e.getMessage(), e);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException e) {
			return null; // held by this very process
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException ignored) {
				// the original failure is the one to report
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		} finally {
			channel.close();
		}
	}

	/** Reads who holds a lock file, for the message. */
	static final class LockHolder {
		private LockHolder() {
		}

		static String read(Path file) {
			try {
				String pid = Files.readString(file, StandardCharsets.US_ASCII).trim();
				if (!pid.isEmpty() && pid.chars().allMatch(Character::isDigit)) {
					return pid.equals(Long.toString(ProcessHandle.current().pid())) ? " (this process)" : " (pid " + pid + ")";
				}
			} catch (IOException e) {
				// no holder to name
			}
			return "";
		}
	}
}
