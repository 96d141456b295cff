# The build's own record of the image it linked, run right after the link:
#   cmake -DWMB_IMAGE=<elf> -DWMB_IMAGE_RECORD=<file> -P wmb_image_record.cmake
# writes the image's sha256 to <file> (wmb-image.sha256). The harness runs and
# measures an ELF only when it still has that hash, so an image replaced after
# the build is never taken for the build's own.
file(SHA256 "${WMB_IMAGE}" _sha256)
file(WRITE "${WMB_IMAGE_RECORD}" "${_sha256}\n")
