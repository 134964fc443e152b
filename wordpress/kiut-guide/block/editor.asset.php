<?php
/**
 * What the block's editor script needs from WordPress (plain JavaScript, no build step).
 *
 * @package kiut-guide
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => kiut_guide_generated()['version'],
);
